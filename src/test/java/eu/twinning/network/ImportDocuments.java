package eu.twinning.network;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.event;
import static eu.twinning.Fixtures.goodPractice;
import static eu.twinning.Fixtures.memorandum;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.response.Response;

/**
 * Documents for the import tests, and what a user sees of the network before and after one. The
 * import tests replace the network, so they run on data of their own (a profile of their own: a
 * fresh application on a freshly migrated and seeded database).
 */
final class ImportDocuments {

    /** The application starts again for these tests, on the TTChan seed. */
    public static class OwnData implements QuarkusTestProfile {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /** What readers and an admin see: every list and item in every language, with its ETag. */
    private static final List<String> READS = List.of("/api/v1/network?lang=*", "/api/v1/network?lang=lv",
            "/api/v1/partners?lang=*&size=100", "/api/v1/partners?lang=lv&size=100", "/api/v1/partners/raska?lang=*",
            "/api/v1/events?lang=*&size=100", "/api/v1/events/1?lang=*", "/api/v1/memoranda?lang=*&size=100",
            "/api/v1/good-practices?lang=*&size=100", "/api/v1/partners?q=lodz");
    private static final List<String> ADMIN_READS = List.of("/api/v1/good-practices?lang=*&size=100",
            "/api/v1/memoranda?lang=*&size=100&sort=updatedAt");

    private ImportDocuments() {
    }

    /** The TTChan seed as exported in formatVersion 1 (every table, row for row), before formatVersion 2 existed. */
    static ObjectNode ttchanV1() {
        try (InputStream in = ImportDocuments.class.getResourceAsStream("/network/ttchan-v1.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a table of a formatVersion 1 document. */
    static ObjectNode row(ObjectNode document, String table, int index) {
        return (ObjectNode) document.get("tables").get(table).get(index);
    }

    static ObjectNode export() {
        Response response = admin().get("/api/v1/network/export");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        try {
            return (ObjectNode) JSON.readTree(response.asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response importing(JsonNode document) {
        try {
            return admin().body(JSON.writeValueAsString(document)).post("/api/v1/network/import");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each read's status, ETag and body, anonymous and (for drafts) as an admin. */
    static Map<String, String> seen() {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String url : READS) {
            Response response = given().get(url);
            seen.put(url, response.statusCode() + " " + response.header("ETag") + " " + response.asString());
        }
        for (String url : ADMIN_READS) {
            Response response = admin().get(url);
            seen.put("admin " + url, response.statusCode() + " " + response.header("ETag") + " " + response.asString());
        }
        return seen;
    }

    /** The ids a new event, memorandum and good practice get now (each is created to see it). */
    static long[] createdIds() {
        return new long[] {
                admin().body(event("Next id")).post("/api/v1/events").then().statusCode(201).extract().jsonPath().getLong("id"),
                admin().body(memorandum("Next id")).post("/api/v1/memoranda").then().statusCode(201).extract().jsonPath()
                        .getLong("id"),
                admin().body(goodPractice("Next id")).post("/api/v1/good-practices").then().statusCode(201).extract()
                        .jsonPath().getLong("id") };
    }

    /** The fields a refusal names, in its order. */
    static List<String> fields(Response refusal) {
        return refusal.jsonPath().getList("errors.field", String.class);
    }
}
