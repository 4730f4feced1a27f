package eu.twinning.network;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.as;
import static eu.twinning.Fixtures.token;
import static eu.twinning.network.ImportDocuments.createdIds;
import static eu.twinning.network.ImportDocuments.fields;
import static eu.twinning.network.ImportDocuments.importing;
import static eu.twinning.network.ImportDocuments.row;
import static eu.twinning.network.ImportDocuments.seen;
import static eu.twinning.network.ImportDocuments.ttchanV1;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Exports of formatVersion 1 (every table row for row, texts as JSON in strings) are still read:
 * converted into the same items as formatVersion 2, they pass the same validation, and a refusal
 * names the table, the row and the column the client sent, never SQL, and changes nothing.
 */
@QuarkusTest
@TestProfile(ImportDocuments.OwnData.class)
class NetworkImportV1Test {

    @Test
    void aNameThatIsNotJsonIsRefusedAndTheNetworkStaysReadable() {
        ObjectNode document = ttchanV1();
        row(document, "partner", 0).put("name", "not json");
        Map<String, String> before = seen();

        Response refusal = importing(document);

        assertRefused(refusal, "tables.partner[0].name");
        assertThat(seen()).isEqualTo(before);
        given().get("/api/v1/partners").then().statusCode(200);
        given().get("/api/v1/partners/daugavpils").then().statusCode(200);
    }

    @Test
    void aCountryOfFourLettersIsRefusedWithoutSql() {
        ObjectNode document = ttchanV1();
        row(document, "partner", 1).put("country_code", "RSRS");
        Map<String, String> before = seen();

        Response refusal = importing(document);

        assertRefused(refusal, "tables.partner[1].country_code");
        assertThat(refusal.asString()).doesNotContainIgnoringCase("varying").doesNotContainIgnoringCase("sql")
                .doesNotContain("COUNTRY_CODE");
        assertThat(seen()).isEqualTo(before);
    }

    @Test
    void anUnknownEventTypeIsRefused() {
        ObjectNode document = ttchanV1();
        row(document, "event", 0).put("event_type", "PARTY");
        Map<String, String> before = seen();

        assertRefused(importing(document), "tables.event[0].event_type");
        assertThat(seen()).isEqualTo(before);
    }

    @Test
    void aDelegationOfAPartnerThatIsNotInTheDocumentIsRefused() {
        ObjectNode document = ttchanV1();
        row(document, "delegation_partner", 2).put("partner_id", 999);
        Map<String, String> before = seen();

        assertRefused(importing(document), "tables.delegation_partner[2].partner_id");
        assertThat(seen()).isEqualTo(before);
    }

    @Test
    void aProgrammeItemTitleOverItsLengthIsRefused() {
        ObjectNode document = ttchanV1();
        row(document, "programme_item", 6).put("title", "{\"en\": \"" + "ß".repeat(301) + "\"}");
        Map<String, String> before = seen();

        assertRefused(importing(document), "tables.programme_item[6].title.en");
        assertThat(seen()).isEqualTo(before);
    }

    /**
     * The last row is bad: nothing of the rows before it is kept, and the identities that give new
     * events, memoranda and good practices their ids go on as before, although the document's ids
     * are far above them.
     */
    @Test
    void aDocumentWhoseLastRowIsBadChangesNothingNotEvenTheNextIds() {
        ObjectNode document = ttchanV1();
        row(document, "event", 0).put("id", 5001);
        document.get("tables").forEach(rows -> rows.forEach(r -> {
            if (r.has("event_id") && !r.get("event_id").isNull()) {
                ((ObjectNode) r).put("event_id", 5001);
            }
        }));
        document.get("tables").get("good_practice").forEach(r -> ((ObjectNode) r).put("id", 5000 + r.get("id").asInt()));
        document.get("tables").get("good_practice_theme")
                .forEach(r -> ((ObjectNode) r).put("good_practice_id", 5000 + r.get("good_practice_id").asInt()));
        int last = document.get("tables").get("good_practice_theme").size() - 1;
        row(document, "good_practice_theme", last).put("theme", "GARDENING");
        long[] ids = createdIds();
        Map<String, String> before = seen();

        assertRefused(importing(document), "tables.good_practice_theme[" + last + "].theme");

        assertThat(seen()).isEqualTo(before);
        long[] next = createdIds();
        for (int i = 0; i < ids.length; i++) {
            assertThat(next[i]).as("the next id of resource " + i).isEqualTo(ids[i] + 1);
        }
    }

    @Test
    void aFormatVersion1DocumentIsImported() {
        String editor = token("editor", "raska");
        as(editor).get("/api/v1/good-practices").then().statusCode(200);
        ObjectNode document = ttchanV1();
        row(document, "partner", 1).put("name", "{\"en\": \"Raška\", \"de\": \"Raška, Straße der Grüße\", \"sr\": \"Рашка\"}");
        // As exported before V9 dropped it: derived, like search_text, and made again.
        document.get("tables").get("partner").forEach(partner -> ((ObjectNode) partner).put("sort_name", "folded name"));

        Response imported = importing(document);

        assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(200);
        assertThat(imported.jsonPath().getInt("partners")).isEqualTo(11);
        assertThat(imported.jsonPath().getInt("events")).isEqualTo(1);
        assertThat(imported.jsonPath().getInt("goodPractices")).isEqualTo(4);
        Response raska = given().get("/api/v1/partners/raska?lang=*");
        assertThat(raska.jsonPath().getMap("name")).containsExactly(Map.entry("de", "Raška, Straße der Grüße"),
                Map.entry("en", "Raška"), Map.entry("sr", "Рашка"));
        assertThat(raska.jsonPath().getString("updatedAt")).isEqualTo("2026-11-23T05:45:34.326361Z");
        assertThat(raska.header("ETag")).as("version 1, as the document says").startsWith("\"1-");
        given().get("/api/v1/partners?q=grusse").then().statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.contains("raska"));
        Response event = given().get("/api/v1/events/1?lang=lv");
        assertThat(event.jsonPath().getList("programme")).hasSize(5);
        assertThat(event.jsonPath().getList("programme.items.flatten()")).hasSize(29);
        assertThat(event.jsonPath().getList("delegations")).hasSize(17);
        // The editor tokens of the replaced partners are gone; an admin's are not.
        as(editor).get("/api/v1/good-practices").then().statusCode(401);
        admin().get("/api/v1/tokens").then().statusCode(200);
    }

    static void assertRefused(Response refusal, String field) {
        assertThat(refusal.statusCode()).as(refusal.asString()).isEqualTo(400);
        assertThat(refusal.contentType()).startsWith("application/problem+json");
        assertThat(fields(refusal)).as(refusal.asString()).contains(field);
    }
}
