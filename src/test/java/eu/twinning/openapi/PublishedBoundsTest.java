package eu.twinning.openapi;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.event;
import static eu.twinning.Fixtures.goodPractice;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every bound the spec publishes is one the server keeps: for each kind of value (a query string, a
 * path parameter, an integer, a body's string, array and text, a header), a value just past the
 * bound read from openapi.yaml is refused with a 400 problem naming the field, and a value at the
 * bound is accepted. ContractFilter checks the other direction on every exchange of the suite (no
 * 2xx for a request the spec calls invalid).
 */
@QuarkusTest
class PublishedBoundsTest {

    private static JsonNode spec;

    @BeforeAll
    static void readSpec() throws Exception {
        spec = new YAMLMapper().readTree(Files.readString(ContractFilter.SPEC));
    }

    @Test
    void queryString() {
        int max = parameter("/api/v1/events", "get", "partner").path("maxLength").asInt();
        assertThat(max).isEqualTo(60);
        refused(given().queryParam("partner", "a".repeat(max + 1)).get("/api/v1/events"), "partner");
        given().queryParam("partner", "a".repeat(max)).get("/api/v1/events").then().statusCode(200);
    }

    @Test
    void freeTextCountsItsPadding() {
        int max = spec.at("/components/parameters/Query/schema/maxLength").asInt();
        String padded = " " + "a".repeat(max - 1) + " ";
        refused(given().queryParam("q", padded).get("/api/v1/partners"), "q");
        given().queryParam("q", padded.substring(1)).get("/api/v1/partners").then().statusCode(200);
    }

    @Test
    void languageTag() {
        int max = spec.at("/components/parameters/Lang/schema/maxLength").asInt();
        String tag = "lv-" + "abcdefgh-".repeat(4);
        refused(given().queryParam("lang", tag.substring(0, max + 1)).get("/api/v1/network"), "lang");
        given().queryParam("lang", tag.substring(0, max)).get("/api/v1/network").then().statusCode(200);
    }

    @Test
    void pathString() {
        int max = parameter("/api/v1/partners/{slug}", "get", "slug").path("maxLength").asInt();
        refused(given().get("/api/v1/partners/" + "a".repeat(max + 1)), "slug");
        refused(given().get("/api/v1/partners/Raska"), "slug");
        // Valid, and so looked for: no such partner.
        given().get("/api/v1/partners/" + "a".repeat(max)).then().statusCode(404)
                .body("type", org.hamcrest.Matchers.equalTo("urn:twinning:problem:not-found"));
    }

    @Test
    void pathInteger() {
        int min = parameter("/api/v1/events/{id}", "get", "id").path("minimum").asInt();
        assertThat(min).isEqualTo(1);
        refused(given().get("/api/v1/events/" + (min - 1)), "id");
        given().get("/api/v1/events/" + min).then().statusCode(200);
    }

    @Test
    void queryInteger() {
        long max = spec.at("/components/parameters/Page/schema/maximum").asLong();
        refused(given().queryParam("page", max + 1).get("/api/v1/partners"), "page");
        given().queryParam("page", max).get("/api/v1/partners").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void bodyInteger() {
        int min = spec.at("/components/schemas/EventRefInput/properties/id/minimum").asInt();
        refused(admin().body(practiceOfEvent(min - 1)).post("/api/v1/good-practices"), "event.id");
        admin().body(practiceOfEvent(min)).post("/api/v1/good-practices").then().statusCode(201);
    }

    @Test
    void bodyText() {
        int max = spec.at("/components/schemas/TextByLanguage/additionalProperties/maxLength").asInt();
        // The bound is each text's (TextByLanguage's values): the fault is named down to the language.
        refused(admin().body(practiceWithBody("b".repeat(max + 1))).post("/api/v1/good-practices"), "body.en");
        admin().body(practiceWithBody("b".repeat(max))).post("/api/v1/good-practices").then().statusCode(201)
                .body("body.length()", org.hamcrest.Matchers.equalTo(max));
    }

    @Test
    void bodyDate() {
        int max = spec.at("/components/schemas/EventInput/properties/startDate/maxLength").asInt();
        String body = event("Bounds").replace("\"startDate\": \"2019-05-01\"", "\"startDate\": \"%s\"");
        // Jackson alone would take both: it trims the first and keeps the date part of the second.
        assertThat("2019-05-01 ").hasSize(max + 1);
        refused(admin().body(body.formatted("2019-05-01 ")).post("/api/v1/events"), "startDate");
        refused(admin().body(body.formatted("2019-05-01T00:00:00Z")).post("/api/v1/events"), "startDate");
        admin().body(body.formatted("2019-05-01")).post("/api/v1/events").then().statusCode(201);
    }

    @Test
    void bodyInstant() {
        int max = spec.at("/components/schemas/TokenInput/properties/expiresAt/maxLength").asInt();
        String token = "{\"name\": \"bounds\", \"role\": \"moderator\", \"expiresAt\": %s}";
        refused(admin().body(token.formatted("1900000000")).post("/api/v1/tokens"), "expiresAt");
        String longest = "2030-12-31T23:59:59.123456789+01:00";
        assertThat(longest).hasSize(max);
        refused(admin().body(token.formatted("\"" + longest.replace("+", "0+") + "\"")).post("/api/v1/tokens"),
                "expiresAt");
        admin().body(token.formatted("\"" + longest + "\"")).post("/api/v1/tokens").then().statusCode(201);
    }

    @Test
    void bodyArray() {
        int max = spec.at("/components/schemas/GoodPracticeInput/properties/links/maxItems").asInt();
        refused(admin().body(practiceWithLinks(max + 1)).post("/api/v1/good-practices"), "links");
        admin().body(practiceWithLinks(max)).post("/api/v1/good-practices").then().statusCode(201);
    }

    @Test
    void header() {
        int max = spec.at("/components/parameters/AcceptLanguage/schema/maxLength").asInt();
        // The bound is that of all headers together (RequestLimits): past it, 431 and a problem; a value
        // that long cannot be sent with any other header, so a long one well under it is the accepted case.
        given().header("Accept-Language", "lv," + "x".repeat(max)).get("/api/v1/network").then().statusCode(431)
                .contentType("application/problem+json");
        given().header("Accept-Language", "lv," + "x".repeat(max / 2)).get("/api/v1/network").then().statusCode(200)
                .header("Content-Language", "lv");
    }

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:twinning:problem:validation"))
                .body("errors.field", org.hamcrest.Matchers.hasItem(field));
    }

    private static JsonNode parameter(String path, String method, String name) {
        for (JsonNode parameter : spec.path("paths").path(path).path(method).path("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return parameter.path("schema");
            }
        }
        throw new AssertionError("no parameter " + name + " of " + method + " " + path);
    }

    private static String practiceOfEvent(long id) {
        return goodPractice("Bounds event").replace("\"themes\"", "\"event\": {\"id\": " + id + "}, \"themes\"");
    }

    private static String practiceWithBody(String text) {
        return goodPractice("Bounds body").replace("\"body\": {\"en\": \"Long text\"}", "\"body\": {\"en\": \"" + text + "\"}");
    }

    private static String practiceWithLinks(int count) {
        String link = "{\"title\": {\"en\": \"Report\"}, \"url\": \"https://example.org/report\"}";
        return goodPractice("Bounds links").replace("[" + link + "]",
                "[" + String.join(", ", java.util.Collections.nCopies(count, link)) + "]");
    }
}
