package eu.twinning.linkeddata;

import static eu.twinning.Fixtures.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * Accept: application/ld+json on a partner, an event, a memorandum and the network: schema.org
 * JSON-LD that a processor expands offline into schema.org terms only (SchemaOrg), with the seed's
 * facts in it, in the reader's language.
 */
@QuarkusTest
class LinkedDataTest {

    private static final String LD = "application/ld+json";
    private static final String SCHEMA = "https://schema.org/";

    @Test
    void aPartnerIsACityWithItsCoordinatesAndCountry() throws Exception {
        Response response = read("/api/v1/partners/daugavpils?lang=lv");
        response.then().header("Content-Language", "lv");
        JsonPath partner = response.jsonPath();
        assertThat(partner.getString("'@type'")).isEqualTo("City");
        assertThat(partner.getString("'@id'")).endsWith("/api/v1/partners/daugavpils");
        assertThat(partner.getString("name")).isEqualTo("Daugavpils");
        // In the seed: 55.8750 N, 26.5356 E, in Latvia, with its website.
        assertThat(partner.getDouble("geo.latitude")).isEqualTo(55.875);
        assertThat(partner.getDouble("geo.longitude")).isEqualTo(26.5356);
        assertThat(partner.getString("address.addressCountry")).isEqualTo("LV");
        assertThat(partner.getString("url")).isEqualTo("https://www.daugavpils.lv");
        JsonArray expanded = SchemaOrg.expand(response.asByteArray());
        JsonObject node = expanded.getJsonObject(0);
        assertThat(node.getJsonArray("@type").getString(0)).isEqualTo(SCHEMA + "City");
        JsonObject name = SchemaOrg.values(node, "name").getJsonObject(0);
        assertThat(name.getString("@value")).isEqualTo("Daugavpils");
        assertThat(name.getString("@language")).isEqualTo("lv");
        assertThat(SchemaOrg.values(node, "geo", "latitude").getJsonObject(0).getJsonNumber("@value").doubleValue())
                .isEqualTo(55.875);
        assertThat(SchemaOrg.values(node, "url").getJsonObject(0).getString("@id")).as("an IRI")
                .isEqualTo("https://www.daugavpils.lv");
        // The id is the partner in JSON, which is there.
        given().get(partner.getString("'@id'")).then().statusCode(200).body("slug", equalTo("daugavpils"));
    }

    @Test
    void namesArePerLanguageAndSayTheirLanguage() throws Exception {
        JsonPath warsaw = read("/api/v1/partners/warsaw?lang=lv").jsonPath();
        assertThat(warsaw.getString("name")).isEqualTo("Varšava");
        assertThat(warsaw.getString("alternateName")).as("the local name differs").isEqualTo("Warszawa");
        assertThat(read("/api/v1/partners/warsaw").jsonPath().getString("name")).isEqualTo("Warsaw");
        Response byHeader = given().accept(LD).header("Accept-Language", "pl-PL, en;q=0.5").get("/api/v1/partners/warsaw");
        byHeader.then().statusCode(200).header("Content-Language", "pl");
        assertThat(byHeader.jsonPath().getString("name")).isEqualTo("Warszawa");
        assertThat(byHeader.jsonPath().getString("alternateName")).as("the same as the name").isNull();
        // Raška's description has no Swedish: the English one, tagged en, not sv.
        Response swedish = read("/api/v1/partners/raska?lang=sv");
        JsonObject description = SchemaOrg.values(SchemaOrg.expand(swedish.asByteArray()), "description")
                .getJsonObject(0);
        assertThat(description.getString("@language")).isEqualTo("en");
        assertThat(description.getString("@value")).startsWith("Project partner from Serbia");
        // lang=*: language maps, each text with its own tag.
        Response all = read("/api/v1/partners/raska?lang=*");
        all.then().header("Content-Language", nullValue());
        JsonArray names = SchemaOrg.values(SchemaOrg.expand(all.asByteArray()), "name");
        assertThat(names.stream().map(v -> v.asJsonObject().getString("@language") + "=" + v.asJsonObject()
                .getString("@value")).toList()).contains("en=Raška", "sr=Рашка", "lv=Raška");
    }

    @Test
    void aDistrictIsAnAdministrativeAreaAndHasNoGeoWithoutCoordinates() throws Exception {
        Response response = read("/api/v1/partners/anhalt-bitterfeld");
        assertThat(response.jsonPath().getString("'@type'")).isEqualTo("AdministrativeArea");
        assertThat(response.jsonPath().getMap("geo")).isNull();
        assertThat(response.jsonPath().getString("address.addressCountry")).isEqualTo("DE");
        SchemaOrg.expand(response.asByteArray());
    }

    @Test
    void theSeedMeetingIsAnEventWithItsProgrammeAsSubEvents() throws Exception {
        Response response = read("/api/v1/events/1?lang=lv");
        JsonPath event = response.jsonPath();
        assertThat(event.getString("'@type'")).isEqualTo("Event");
        assertThat(event.getString("name")).isEqualTo("TTChan starptautiskā tikšanās Daugavpilī");
        assertThat(event.getString("startDate")).isEqualTo("2018-11-08");
        assertThat(event.getString("endDate")).isEqualTo("2018-11-12");
        assertThat(event.getList("location.name", String.class)).containsExactly("Daugavpils, Latvija", "Daugavpils");
        assertThat(event.getString("location[1].'@id'")).endsWith("/api/v1/partners/daugavpils");
        assertThat(event.getMap("organizer")).as("the data knows no organizing body").isNull();
        // Every programme item of the five days, on its day: the sources give no times.
        List<Map<String, Object>> items = event.getList("subEvent");
        int count = given().get("/api/v1/events/1").jsonPath().getList("programme.items.flatten()").size();
        assertThat(items).hasSize(count);
        assertThat(event.getList("subEvent.startDate", String.class)).allMatch(d -> d.matches("2018-11-(08|09|10|11|12)"))
                .contains("2018-11-08", "2018-11-12").isSorted();
        assertThat(event.getString("subEvent[0].'@id'")).endsWith("/api/v1/events/1#item-20181108-1");
        assertThat(event.getString("subEvent[0].location.name")).isEqualTo("Rīga");
        JsonArray expanded = SchemaOrg.expand(response.asByteArray());
        assertThat(SchemaOrg.values(expanded, "subEvent")).hasSize(count);
        assertThat(SchemaOrg.values(expanded, "name").getJsonObject(0).getString("@language")).isEqualTo("lv");
        // Dates are no texts: no language tag.
        assertThat(SchemaOrg.values(expanded, "startDate").getJsonObject(0).containsKey("@language")).isFalse();
    }

    @Test
    void itemsWithATimeStartAtItWithTheHostsUtcOffset() throws Exception {
        // In Daugavpils on 9 November 2018 (Europe/Riga, EET: +02:00), and in Raška on 1 May 2019 (CEST: +02:00).
        long riga = create("""
                {"title": {"en": "Offsets", "lv": "Nobīdes"}, "type": "meeting", "startDate": "2018-11-09",
                 "endDate": "2018-11-09", "host": {"slug": "daugavpils"},
                 "programme": [{"date": "2018-11-09", "items": [{"time": "10:00", "title": {"en": "Opening"}},
                   {"title": {"en": "Dinner", "lv": "Vakariņas"}}]}]}""");
        JsonPath event = read("/api/v1/events/" + riga + "?lang=lv").jsonPath();
        assertThat(event.getList("subEvent.startDate", String.class))
                .containsExactly("2018-11-09T10:00:00+02:00", "2018-11-09");
        assertThat(event.getList("location.'@id'", String.class)).hasSize(1);
        long raska = create(eu.twinning.Fixtures.event("Offsets in Raška"));
        Response response = read("/api/v1/events/" + raska + "?lang=lv");
        assertThat(response.jsonPath().getList("subEvent.startDate", String.class))
                .containsExactly("2019-05-01T10:00:00+02:00", "2019-05-01", "2019-05-02T09:30:00+02:00");
        // The dinner has no Latvian title: the English one, tagged as such.
        JsonArray items = SchemaOrg.values(SchemaOrg.expand(response.asByteArray()), "subEvent");
        JsonObject dinner = items.getJsonObject(1).getJsonArray(SCHEMA + "name").getJsonObject(0);
        assertThat(dinner.getString("@value") + "@" + dinner.getString("@language")).isEqualTo("Dinner@en");
        admin().delete("/api/v1/events/" + riga).then().statusCode(204);
        admin().delete("/api/v1/events/" + raska).then().statusCode(204);
        // Without a host, no zone is known: local times without an offset.
        long floating = create("""
                {"title": {"en": "Floating"}, "type": "other", "startDate": "2020-01-01", "endDate": "2020-01-01",
                 "programme": [{"date": "2020-01-01", "items": [{"time": "09:30", "title": {"en": "Start"}}]}]}""");
        assertThat(read("/api/v1/events/" + floating).jsonPath().getString("subEvent[0].startDate"))
                .isEqualTo("2020-01-01T09:30:00");
        admin().delete("/api/v1/events/" + floating).then().statusCode(204);
    }

    @Test
    void theMemorandumIsACreativeWorkAboutItsSignatories() throws Exception {
        Response response = read("/api/v1/memoranda/1");
        JsonPath memorandum = response.jsonPath();
        assertThat(memorandum.getString("'@type'")).isEqualTo("CreativeWork");
        assertThat(memorandum.getString("name")).isEqualTo("Memorandum of Cooperation between Raška and Daugavpils");
        assertThat(memorandum.getString("dateCreated")).isEqualTo("2018-11-09");
        assertThat(memorandum.getString("creativeWorkStatus")).isEqualTo("signed");
        assertThat(memorandum.getString("locationCreated.name")).isEqualTo("Daugavpils City Council");
        assertThat(memorandum.getList("about.'@id'", String.class)).hasSize(2)
                .allMatch(id -> id.endsWith("/partners/daugavpils") || id.endsWith("/partners/raska"));
        SchemaOrg.expand(response.asByteArray());
    }

    @Test
    void theNetworkIsAProjectFundedByItsProgramme() throws Exception {
        Response response = read("/api/v1/network?lang=lv");
        JsonPath network = response.jsonPath();
        assertThat(network.getString("'@type'")).isEqualTo("Project");
        assertThat(network.getString("name")).isEqualTo("Pašvaldību sadarbība kā Eiropas solidaritātes kanāls");
        assertThat(network.getString("alternateName")).isEqualTo("TTChan");
        assertThat(network.getString("identifier.propertyID")).isEqualTo("grantNumber");
        assertThat(network.getString("identifier.value")).isEqualTo("601592-CITIZ-1-2018-1-LV-CITIZ-TT");
        assertThat(network.getString("funder.'@type'")).isEqualTo("FundingScheme");
        assertThat(network.getString("funder.name")).isEqualTo("Eiropa pilsoņiem");
        assertThat(network.getList("subjectOf.url", String.class)).contains("https://www.facebook.com/ttchandaugavpils/");
        SchemaOrg.expand(response.asByteArray());
    }

    @Test
    void isNegotiatedAndCachedApartFromTheJson() {
        String path = "/api/v1/partners/utena";
        Response json = given().get(path);
        json.then().statusCode(200).contentType(startsWith("application/json"));
        Response linked = read(path);
        assertThat(linked.header("ETag")).isNotEqualTo(json.header("ETag"));
        assertThat(linked.header("Vary")).contains("Accept");
        // The second reads come from the response cache, each in its own format.
        given().get(path).then().statusCode(200).contentType(startsWith("application/json"))
                .header("ETag", json.header("ETag")).body("slug", equalTo("utena"));
        Response again = read(path);
        assertThat(again.header("ETag")).isEqualTo(linked.header("ETag"));
        assertThat(again.asString()).isEqualTo(linked.asString());
        given().accept(LD).header("If-None-Match", linked.header("ETag")).get(path).then().statusCode(304);
        given().header("If-None-Match", linked.header("ETag")).get(path).then().statusCode(200)
                .contentType(startsWith("application/json"));
        // The same resource version in both: the JSON-LD's ETag names it as the JSON's does.
        assertThat(linked.header("ETag").split("-")[0]).isEqualTo(json.header("ETag").split("-")[0]);
    }

    @Test
    void jsonStaysTheDefault() {
        for (String accept : List.of("*/*", "application/*", "application/json, application/ld+json",
                "application/ld+json;q=0.5, application/json")) {
            given().accept(accept).get("/api/v1/network").then().statusCode(200)
                    .contentType(startsWith("application/json")).body("acronym", equalTo("TTChan"));
        }
        for (String accept : List.of("application/ld+json", "application/ld+json, application/json;q=0.9",
                "application/ld+json, */*;q=0.1")) {
            given().accept(accept).get("/api/v1/network").then().statusCode(200)
                    .contentType(startsWith(LD)).body("alternateName", equalTo("TTChan"));
        }
    }

    @Test
    void errorsAreProblemDocuments() {
        given().accept(LD).get("/api/v1/events/987654").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:twinning:problem:not-found"));
        given().accept(LD).get("/api/v1/partners/daugavpils?lang=x!").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("lang"));
        // Lists are JSON only.
        given().accept(LD).get("/api/v1/partners").then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
        given().accept("text/html").get("/api/v1/partners/daugavpils").then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
    }

    private static Response read(String path) {
        Response response = given().accept(LD).get(path);
        response.then().statusCode(200).contentType(startsWith(LD));
        return response;
    }

    private static long create(String event) {
        return admin().body(event).post("/api/v1/events").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
