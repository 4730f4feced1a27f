package eu.twinning.network;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.goodPractice;
import static eu.twinning.Fixtures.uniqueSlug;
import static eu.twinning.network.ImportDocuments.export;
import static eu.twinning.network.ImportDocuments.importing;
import static eu.twinning.network.ImportDocuments.seen;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The export is the API's own lang=* representations, with the versions a faithful restore needs
 * and nothing derived; imported again, it gives back exactly what was served, bytes and ETags.
 */
@QuarkusTest
@TestProfile(ImportDocuments.OwnData.class)
class NetworkExportTest {

    private static final String STREETS = "Straße, Großglockner, Maßstäbe, Fußgängerübergänge, Weißbier, ẞ";

    @Test
    void theExportIsTheApisOwnRepresentations() {
        ObjectNode document = export();

        assertThat(document.get("format").asText()).isEqualTo("twinning-network-export");
        assertThat(document.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(document.fieldNames()).toIterable().containsExactly("format", "formatVersion", "exportedAt",
                "network", "partners", "events", "memoranda", "goodPractices");
        JsonNode raska = find(document.get("partners"), "slug", "raska");
        assertThat(raska.get("name").get("lv").asText()).isEqualTo("Raška");
        assertThat(raska.has("version")).isTrue();
        assertThat(raska.has("searchText") || raska.has("search_text") || raska.has("nameKeys") || raska.has("id"))
                .as("derived and internal columns stay out").isFalse();
        Response read = given().get("/api/v1/partners/raska?lang=*");
        ObjectNode withoutVersion = raska.deepCopy();
        withoutVersion.remove("version");
        assertThat(withoutVersion).isEqualTo(ImportDocuments.JSON.valueToTree(read.as(Map.class)));
        assertThat(read.header("ETag")).startsWith("\"" + raska.get("version").asLong() + "-");

        JsonNode event = document.get("events").get(0);
        assertThat(event.get("programme").get(1).get("items").size()).isEqualTo(12);
        assertThat(event.get("delegations").size()).isEqualTo(17);
        assertThat(document.get("network").get("acronym").asText()).isEqualTo("TTChan");
        assertThat(document.get("network").has("version")).isTrue();
    }

    @Test
    void everyGoodPracticeIsExportedWithItsReview() {
        long draft = admin().body(goodPractice("A draft to keep")).post("/api/v1/good-practices").then()
                .statusCode(201).extract().jsonPath().getLong("id");

        JsonNode exported = find(export().get("goodPractices"), "id", String.valueOf(draft));

        assertThat(exported.get("status").asText()).isEqualTo("draft");
        assertThat(exported.has("submittedAt") && exported.has("reviewedAt") && exported.has("reviewReason")).isTrue();
    }

    /** Exported, imported into the same instance: every read answers the same bytes with the same ETags. */
    @Test
    void anExportImportedAgainServesTheSameNetwork() {
        String slug = uniqueSlug("strasse");
        admin().body("""
                {"slug": "%s", "country": "DE", "role": "partner", "kind": "city",
                 "name": {"en": "Großenhain", "de": "Großenhain an der Große Röder", "lv": "Grosenhaina"},
                 "description": {"de": "%s", "en": "Streets"}}
                """.formatted(slug, STREETS)).post("/api/v1/partners").then().statusCode(201);
        long practice = admin().body(goodPractice(STREETS)).post("/api/v1/good-practices").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        admin().post("/api/v1/good-practices/" + practice + "/submission").then().statusCode(200);
        admin().body("{\"decision\": \"reject\", \"reason\": \"Maße fehlen: \u00df\"}")
                .post("/api/v1/good-practices/" + practice + "/review").then().statusCode(200);
        ObjectNode document = export();
        Map<String, String> before = seen();
        String partner = given().get("/api/v1/partners/" + slug + "?lang=*").asString();
        String partnerTag = given().get("/api/v1/partners/" + slug + "?lang=de").header("ETag");

        Response imported = importing(document);

        assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(200);
        assertThat(seen()).isEqualTo(before);
        assertThat(given().get("/api/v1/partners/" + slug + "?lang=*").asString()).isEqualTo(partner);
        assertThat(given().get("/api/v1/partners/" + slug + "?lang=de").header("ETag")).isEqualTo(partnerTag);
        given().get("/api/v1/partners?q=grossenhain").then().statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.contains(slug));
        ObjectNode again = export();
        again.remove("exportedAt");
        document.remove("exportedAt");
        assertThat(again).isEqualTo(document);
        JsonNode rejected = find(again.get("goodPractices"), "id", String.valueOf(practice));
        assertThat(rejected.get("reviewReason").asText()).isEqualTo("Maße fehlen: ß");
        assertThat(rejected.get("title").get("en").asText()).isEqualTo(STREETS);
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (item.get(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " " + value + " in " + List.of(items));
    }
}
