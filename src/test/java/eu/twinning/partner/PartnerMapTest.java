package eu.twinning.partner;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** GET /api/v1/partners.geojson: valid GeoJSON by the rules of RFC 7946, and the seed's partners in it. */
@QuarkusTest
class PartnerMapTest {

    private static final String MAP = "/api/v1/partners.geojson";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** RFC 7946 section 1.4: the GeoJSON types; a map of partners uses three of them. */
    private static final Set<String> GEOJSON_TYPES = Set.of("Feature", "FeatureCollection", "Point", "MultiPoint",
            "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");
    /** Members with a meaning in GeoJSON, which a foreign member may not reuse (RFC 7946 section 7.1). */
    private static final Set<String> RESERVED = Set.of("type", "features", "geometry", "geometries", "coordinates",
            "properties", "bbox", "id");

    @Test
    void isAValidFeatureCollectionOfPoints() throws Exception {
        JsonNode map = read(given().get(MAP).then().statusCode(200)
                .contentType(startsWith("application/geo+json")).extract().response());
        assertValidGeoJson(map);
    }

    @Test
    void showsTheSeedsPartnersWhereTheSeedPutsThem() throws Exception {
        JsonNode map = read(given().queryParam("country", "LV").get(MAP).then().statusCode(200).extract().response());
        JsonNode daugavpils = feature(map, "daugavpils");
        // Longitude first (RFC 7946 section 3.1.1): Daugavpils is at 55.8750 N, 26.5356 E in the seed.
        assertThat(daugavpils.at("/geometry/coordinates/0").asDouble()).isEqualTo(26.5356);
        assertThat(daugavpils.at("/geometry/coordinates/1").asDouble()).isEqualTo(55.8750);
        JsonNode properties = daugavpils.get("properties");
        assertThat(properties.get("slug").asText()).isEqualTo("daugavpils");
        assertThat(properties.get("name").asText()).isEqualTo("Daugavpils");
        assertThat(properties.get("country").asText()).isEqualTo("LV");
        assertThat(properties.get("role").asText()).isEqualTo("lead");
        assertThat(properties.get("kind").asText()).isEqualTo("city");
        // The link is the partner in JSON, and it is there.
        String url = properties.get("url").asText();
        assertThat(url).endsWith("/api/v1/partners/daugavpils");
        given().get(url).then().statusCode(200).body("coordinates.latitude", equalTo(55.875f));

        JsonNode lithuania = read(given().queryParam("country", "lt").get(MAP).then().statusCode(200).extract().response());
        assertThat(slugs(lithuania)).contains("panevezys", "utena", "vilnius");
        assertThat(feature(lithuania, "vilnius").at("/properties/role").isNull()).isTrue();
    }

    @Test
    void leavesOutPartnersWithoutCoordinatesAndCountsThem() throws Exception {
        // Anhalt-Bitterfeld, the seed's one partner without coordinates.
        JsonNode germany = read(given().queryParam("country", "DE").get(MAP).then().statusCode(200).extract().response());
        assertThat(germany.get("features")).isEmpty();
        assertThat(germany.get("withoutCoordinates").asLong()).isEqualTo(1);
        assertThat(germany.has("bbox")).as("no bbox without features").isFalse();
        assertValidGeoJson(germany);
        JsonNode districts = read(given().queryParam("kind", "district").get(MAP).then().statusCode(200)
                .extract().response());
        assertThat(slugs(districts)).doesNotContain("anhalt-bitterfeld");
        assertThat(districts.get("withoutCoordinates").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode all = read(given().get(MAP).then().statusCode(200).extract().response());
        assertThat(slugs(all)).contains("daugavpils", "raska", "vanersborg", "san-benedetto-del-tronto")
                .doesNotContain("anhalt-bitterfeld");
        assertThat(all.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void filtersLikeTheList() throws Exception {
        for (String[] filter : List.of(new String[] { "q", "lodz" }, new String[] { "country", "lt" },
                new String[] { "role", "partner" }, new String[] { "kind", "district" }, new String[] { "q", "zz" })) {
            List<String> listed = given().queryParam(filter[0], filter[1]).queryParam("size", 100)
                    .get("/api/v1/partners").then().statusCode(200).extract().jsonPath()
                    .getList("items.findAll { it.coordinates != null }.slug", String.class);
            JsonNode map = read(given().queryParam(filter[0], filter[1]).get(MAP));
            assertThat(slugs(map)).as(filter[0] + "=" + filter[1]).containsExactlyElementsOf(listed);
            int unlocated = given().queryParam(filter[0], filter[1]).queryParam("size", 100).get("/api/v1/partners")
                    .then().extract().jsonPath().getList("items.findAll { it.coordinates == null }").size();
            assertThat(map.get("withoutCoordinates").asInt()).isEqualTo(unlocated);
        }
        assertThat(slugs(read(given().queryParam("q", "lodz").get(MAP)))).contains("lodz");
        JsonNode lead = read(given().queryParam("role", "lead").get(MAP).then().statusCode(200).extract().response());
        assertThat(slugs(lead)).containsExactly("daugavpils");
        given().queryParam("country", "Latvia").get(MAP).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("country"));
        given().queryParam("role", "host").get(MAP).then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().queryParam("lang", "x!").get(MAP).then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void namesThePartnersInTheReadersLanguage() throws Exception {
        given().queryParam("lang", "pl").queryParam("country", "PL").get(MAP).then().statusCode(200)
                .header("Content-Language", "pl");
        assertThat(feature(read(given().queryParam("lang", "pl").queryParam("country", "PL").get(MAP)), "warsaw")
                .at("/properties/name").asText()).isEqualTo("Warszawa");
        assertThat(feature(read(given().header("Accept-Language", "pl-PL, en;q=0.5").queryParam("country", "PL")
                .get(MAP)), "warsaw").at("/properties/name").asText()).isEqualTo("Warszawa");
        assertThat(feature(read(given().queryParam("country", "PL").get(MAP)), "warsaw").at("/properties/name")
                .asText()).isEqualTo("Warsaw");
        Response all = given().queryParam("lang", "*").queryParam("country", "PL").get(MAP);
        all.then().statusCode(200).header("Content-Language", nullValue());
        JsonNode name = feature(read(all), "warsaw").at("/properties/name");
        assertThat(name.get("en").asText()).isEqualTo("Warsaw");
        assertThat(name.get("pl").asText()).isEqualTo("Warszawa");
    }

    @Test
    void revalidatesAndChangesWhenAPartnerItShowsIsRenamed() throws Exception {
        String slug = uniqueSlug("mapped");
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
        String etag = given().queryParam("country", "EE").get(MAP).then().statusCode(200).extract().header("ETag");
        given().queryParam("country", "EE").header("If-None-Match", etag).get(MAP).then().statusCode(304);

        String renamed = partner(slug).replace("\"Tartu " + slug + "\"", "\"Dorpat " + slug + "\"");
        admin().body(renamed).put("/api/v1/partners/" + slug).then().statusCode(200);

        Response after = given().queryParam("country", "EE").header("If-None-Match", etag).get(MAP);
        after.then().statusCode(200);
        assertThat(after.header("ETag")).isNotEqualTo(etag);
        assertThat(feature(read(after), slug).at("/properties/name").asText()).isEqualTo("Dorpat " + slug);
        admin().delete("/api/v1/partners/" + slug).then().statusCode(204);
    }

    @Test
    void holdsAtMostTheDocumentedNumberOfFeatures() {
        List<Partner> many = new ArrayList<>();
        for (int i = 0; i <= PartnerMap.MAX_FEATURES; i++) {
            Partner p = new Partner();
            p.slug = "p" + i;
            p.countryCode = "LV";
            p.kind = PartnerKind.CITY;
            p.name = java.util.Map.of("en", "P" + i);
            p.latitude = 56.0 + i / 10_000.0;
            p.longitude = 24.0;
            many.add(p);
        }
        PartnerMap map = PartnerMap.of(many, 0, new eu.twinning.i18n.Language("en"), java.net.URI.create("http://x/"));
        assertThat(map.features()).hasSize(PartnerMap.MAX_FEATURES);
        assertThat(map.truncated()).isTrue();
        assertThat(map.bbox()[3]).as("the bbox is of the features shown").isEqualTo(56.0 + 999 / 10_000.0);
        PartnerMap fits = PartnerMap.of(many.subList(0, PartnerMap.MAX_FEATURES), 0,
                new eu.twinning.i18n.Language("en"), java.net.URI.create("http://x/"));
        assertThat(fits.truncated()).isFalse();
    }

    /** The rules of RFC 7946 that a FeatureCollection of Points must meet. */
    static void assertValidGeoJson(JsonNode map) {
        assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(map.has("crs")).as("RFC 7946 removed crs: WGS 84 only").isFalse();
        assertThat(map.get("features").isArray()).isTrue();
        List<double[]> points = new ArrayList<>();
        for (JsonNode feature : map.get("features")) {
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            assertThat(feature.has("geometry") && feature.has("properties")).as("a Feature has both members").isTrue();
            assertThat(feature.get("id").isTextual() || feature.get("id").isNumber()).isTrue();
            assertThat(feature.has("crs") || feature.get("geometry").has("crs")).isFalse();
            JsonNode geometry = feature.get("geometry");
            assertThat(GEOJSON_TYPES).contains(geometry.get("type").asText());
            assertThat(geometry.get("type").asText()).isEqualTo("Point");
            JsonNode position = geometry.get("coordinates");
            assertThat(position.isArray() && position.size() == 2).as("a position without altitude").isTrue();
            assertThat(position.get(0).isNumber() && position.get(1).isNumber()).isTrue();
            double longitude = position.get(0).asDouble();
            double latitude = position.get(1).asDouble();
            assertThat(longitude).isBetween(-180.0, 180.0);
            assertThat(latitude).isBetween(-90.0, 90.0);
            assertThat(feature.get("properties").isObject()).isTrue();
            points.add(new double[] { longitude, latitude });
        }
        // Foreign members may not take a name GeoJSON gives a meaning.
        for (Iterator<String> names = map.fieldNames(); names.hasNext();) {
            String name = names.next();
            assertThat(Set.of("type", "features", "bbox").contains(name) || !RESERVED.contains(name)).as(name).isTrue();
        }
        if (map.has("bbox")) {
            JsonNode bbox = map.get("bbox");
            assertThat(bbox.size()).as("2 dimensions: west, south, east, north").isEqualTo(4);
            double west = bbox.get(0).asDouble(), south = bbox.get(1).asDouble();
            double east = bbox.get(2).asDouble(), north = bbox.get(3).asDouble();
            assertThat(south).isLessThanOrEqualTo(north);
            assertThat(west).isLessThanOrEqualTo(east);
            for (double[] p : points) {
                assertThat(p[0]).isBetween(west, east);
                assertThat(p[1]).isBetween(south, north);
            }
        } else {
            assertThat(points).isEmpty();
        }
    }

    private static JsonNode read(Response response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.asByteArray());
    }

    private static List<String> slugs(JsonNode map) {
        List<String> slugs = new ArrayList<>();
        map.get("features").forEach(f -> slugs.add(f.get("id").asText()));
        return slugs;
    }

    private static JsonNode feature(JsonNode map, String slug) {
        for (JsonNode feature : map.get("features")) {
            if (feature.get("id").asText().equals(slug)) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + slug + " in " + map);
    }
}
