package eu.twinning.problem;

import static eu.twinning.Fixtures.ADMIN_TOKEN;
import static eu.twinning.Fixtures.event;
import static eu.twinning.Fixtures.goodPractice;
import static eu.twinning.Fixtures.memorandum;
import static eu.twinning.Fixtures.partner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Sends a corpus of bad requests and checks that each is answered with the right status as an
 * RFC 9457 problem naming what was wrong, without internals, and that no data changed.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorCorpusTest {

    private static final String ADMIN = "Bearer " + ADMIN_TOKEN;
    private static final String P = "/api/v1/partners";
    private static final String E = "/api/v1/events";
    private static final String M = "/api/v1/memoranda";
    private static final String G = "/api/v1/good-practices";

    /** One bad request: what is sent, and the status and text (field or detail) expected back. */
    record Case(String name, String method, String path, String auth, String contentType, String body, int status,
            String mentions) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case read(String name, String path, int status, String mentions) {
        return new Case(name, "GET", path, null, null, null, status, mentions);
    }

    static Case write(String name, String method, String path, String body, int status, String mentions) {
        return new Case(name, method, path, ADMIN, "application/json", body, status, mentions);
    }

    private static final String OK_PARTNER = partner("corpus-city");

    static Stream<Case> corpus() {
        return Stream.of(
                read("negative page", P + "?page=-1", 400, "page"),
                read("page not a number", P + "?page=abc", 400, "page"),
                read("size zero", P + "?size=0", 400, "size"),
                read("size over the cap", P + "?size=101", 400, "size"),
                read("unknown sort key", P + "?sort=population", 400, "sort"),
                read("repeated sort key", P + "?sort=name,-name", 400, "sort"),
                read("country not a code", P + "?country=Latvia", 400, "country"),
                read("unknown role", P + "?role=mayor", 400, "role"),
                read("unknown kind", P + "?kind=village", 400, "kind"),
                read("q too short", P + "?q=a", 400, "q"),
                read("lang not a tag", P + "?lang=12", 400, "lang"),
                read("unknown partner", P + "/atlantis", 404, "atlantis"),
                read("impossible from date", E + "?from=2018-13-01", 400, "from"),
                read("to not a date", E + "?to=yesterday", 400, "to"),
                read("to before from", E + "?from=2019-01-01&to=2018-01-01", 400, "to"),
                read("unknown event type", E + "?type=party", 400, "type"),
                read("unknown event id", E + "/999999", 404, "999999"),
                read("event id not a number", E + "/abc", 404, "No resource"),
                read("unknown memorandum status", M + "?status=pending", 400, "status"),
                read("unknown memorandum id", M + "/999999", 404, "999999"),
                read("unknown theme", G + "?theme=sports", 400, "theme"),
                read("unknown good-practice status", G + "?status=archived", 400, "status"),
                read("unknown good practice", G + "/999999", 404, "999999"),
                read("unknown path", "/api/v1/cities", 404, "No resource"),
                new Case("xml asked for", "GET", P + "?accept=xml", null, null, null, 406, "application/json"),
                new Case("no credential", "POST", P, null, "application/json", OK_PARTNER, 401, "Authorization"),
                new Case("wrong token", "POST", P, "Bearer wrong", "application/json", OK_PARTNER, 401, "Bearer"),
                new Case("basic auth", "POST", P, "Basic YWRtaW46YWRtaW4=", "application/json", OK_PARTNER, 401,
                        "Bearer"),
                new Case("wrong token on delete", "DELETE", P + "/raska", "Bearer nope", null, null, 401, "token"),
                write("malformed JSON", "POST", P, "{\"slug\": ", 400, "JSON"),
                write("JSON array for an object", "POST", P, "[]", 400, "JSON"),
                write("empty body", "POST", P, "", 400, "must not be null"),
                new Case("text/plain body", "POST", P, ADMIN, "text/plain", OK_PARTNER, 415, "application/json"),
                write("unknown property", "POST", P, OK_PARTNER.replace("\"localName\"", "\"nmae\""), 400, "nmae"),
                write("number for a string", "POST", P, OK_PARTNER.replace("\"corpus-city\",", "123,"), 400, "slug"),
                write("string for an integer", "POST", P, OK_PARTNER.replace("\"participants\": 3",
                        "\"participants\": \"five\""), 400, "participants"),
                write("fraction for an integer", "POST", P, OK_PARTNER.replace("\"participants\": 3",
                        "\"participants\": 5.5"), 400, "participants"),
                write("boolean for a string", "POST", P, OK_PARTNER.replace("\"Tartu\",", "true,"), 400,
                        "localName"),
                write("unknown enum value", "POST", P, OK_PARTNER.replace("\"partner\"", "\"mayor\""), 400, "role"),
                write("duplicate JSON key", "POST", P, OK_PARTNER.replace("\"kind\"", "\"kind\": \"city\", \"kind\""),
                        400, "kind"),
                write("missing name", "POST", P, OK_PARTNER.replaceFirst("\"name\": \\{[^}]*},", ""), 400, "name"),
                write("name without English", "POST", P, OK_PARTNER.replaceFirst("\"en\": \"Tartu corpus-city\", ", ""),
                        400, "English"),
                write("bad language tag", "POST", P, OK_PARTNER.replace("\"et\":", "\"Estonian\":"), 400,
                        "language tag"),
                write("name too long", "POST", P, OK_PARTNER.replace("Tartu corpus-city", "x".repeat(201)), 400,
                        "200"),
                write("blank translation", "POST", P, OK_PARTNER.replace("\"et\": \"Tartu\"", "\"et\": \" \""), 400,
                        "blank"),
                write("slug with capitals", "POST", P, OK_PARTNER.replace("corpus-city", "Corpus-City"), 400, "slug"),
                write("lower-case country", "POST", P, OK_PARTNER.replace("\"EE\"", "\"ee\""), 400, "country"),
                write("latitude out of range", "POST", P, OK_PARTNER.replace("58.3780", "91"), 400,
                        "coordinates.latitude"),
                write("website not http", "POST", P, OK_PARTNER.replace("https://www.tartu.ee", "ftp://tartu.ee"), 400,
                        "website"),
                write("negative participants", "POST", P, OK_PARTNER.replace("\"participants\": 3",
                        "\"participants\": -1"), 400, "participants"),
                write("duplicate slug", "POST", P, partner("daugavpils"), 409, "daugavpils"),
                write("body over 256 KiB", "POST", P, OK_PARTNER.replace("A test partner", "x".repeat(270_000)), 413,
                        "262144"),
                new Case("write from a foreign origin", "POST", P, ADMIN, "application/json", OK_PARTNER, 403,
                        "origin"),
                new Case("editor token on another partner", "PUT", P + "/raska", "editor", "application/json",
                        OK_PARTNER, 403, "own"),
                new Case("moderator creating a partner", "POST", P, "moderator", "application/json", OK_PARTNER, 403,
                        "token"),
                write("update of unknown partner", "PUT", P + "/atlantis", OK_PARTNER, 404, "atlantis"),
                write("delete of referenced partner", "DELETE", P + "/daugavpils", null, 409, "referred"),
                write("method not allowed", "PATCH", P + "/daugavpils", OK_PARTNER, 405, "method"),
                write("end before start", "POST", E, event("Backwards").replace("\"endDate\": \"2019-05-02\"",
                        "\"endDate\": \"2019-04-01\""), 400, "endDate"),
                write("programme day outside the event", "POST", E, event("Outside").replace(
                        "\"date\": \"2019-05-01\"", "\"date\": \"2019-06-01\""), 400, "programme[0].date"),
                write("unknown host", "POST", E, event("Ghost host").replace("\"host\": {\"slug\": \"raska\"}",
                        "\"host\": {\"slug\": \"atlantis\"}"), 400, "host.slug"),
                write("unknown delegation partner", "POST", E, event("Ghost").replace(
                        "\"partners\": [{\"slug\": \"raska\"}]", "\"partners\": [{\"slug\": \"atlantis\"}]"), 400,
                        "delegations[0].partners[0].slug"),
                write("impossible item time", "POST", E, event("Late").replace("10:00", "25:00"), 400, "time"),
                write("date in another format", "POST", E, event("Format").replace("\"2019-05-01\", \"endDate\"",
                        "\"1 May 2019\", \"endDate\""), 400, "startDate"),
                write("missing event type", "POST", E, event("Typeless").replace("\"type\": \"meeting\",", ""), 400,
                        "type"),
                write("one signatory", "POST", M, memorandum("Alone").replace(", {\"slug\": \"vanersborg\"}", ""), 400,
                        "signatories"),
                write("unknown area", "POST", M, memorandum("Sports").replace("\"youth\"", "\"sports\""), 400,
                        "areas"),
                write("unknown event reference", "POST", M, memorandum("Ref").replace("\"areas\"",
                        "\"event\": {\"id\": 999999}, \"areas\""), 400, "event.id"),
                write("no themes", "POST", G, goodPractice("Themeless").replace("[\"youth\", \"citizenship\"]", "[]"),
                        400, "themes"),
                write("link not a URL", "POST", G, goodPractice("Bad link").replace("https://example.org/report",
                        "example.org"), 400, "links[0].url"),
                write("review of unknown item", "POST", G + "/999999/review", "{\"decision\": \"publish\"}", 404,
                        "999999"),
                write("unknown review decision", "POST", G + "/1/review", "{\"decision\": \"maybe\"}", 400,
                        "decision"),
                write("review of a published item", "POST", G + "/1/review", "{\"decision\": \"publish\"}", 409,
                        "published"),
                write("network period backwards", "PUT", "/api/v1/network", """
                        {"name": {"en": "X"}, "acronym": "X", "periodStart": "2019-01-02", "periodEnd": "2019-01-01"}
                        """, 400, "periodEnd"),
                write("network without acronym", "PUT", "/api/v1/network", "{\"name\": {\"en\": \"X\"}}", 400,
                        "acronym"),
                write("delete the network", "DELETE", "/api/v1/network", null, 405, "method"),
                write("import of another format", "POST", "/api/v1/network/import",
                        "{\"format\": \"csv\", \"tables\": {}}", 400, "format"),
                write("import of an unknown table", "POST", "/api/v1/network/import",
                        "{\"format\": \"twinning-network-export\", \"formatVersion\": 1, \"tables\": {\"users\": []}}",
                        400, "tables.users"),
                write("import of a row that does not fit", "POST", "/api/v1/network/import",
                        "{\"format\": \"twinning-network-export\", \"formatVersion\": 1, \"tables\": "
                                + "{\"partner\": [{\"id\": 1, \"password\": \"x\"}]}}", 400, "password"),
                new Case("anonymous export", "GET", "/api/v1/network/export", null, null, null, 401, "Authorization"));
    }

    /** Taken at the first case: RestAssured knows the test server's port only once a test runs. */
    private String before;

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersWithAProblemAndChangesNothing(Case c) {
        if (before == null) {
            before = everything();
        }
        RequestSpecification request = given();
        if (c.auth() != null) {
            String auth = switch (c.auth()) {
                case "editor" -> "Bearer " + eu.twinning.Fixtures.token("editor", "utena");
                case "moderator" -> "Bearer " + eu.twinning.Fixtures.token("moderator", null);
                default -> c.auth();
            };
            request.header("Authorization", auth);
        }
        if (c.name().equals("write from a foreign origin")) {
            request.header("Origin", "https://evil.example");
        }
        if (c.contentType() != null) {
            request.contentType(c.contentType());
        }
        if (c.body() != null) {
            request.body(c.body());
        }
        if (c.name().equals("xml asked for")) {
            request.accept("application/xml");
        }
        Response response = request.request(c.method(), c.path());

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(c.status());
        assertThat(response.contentType()).startsWith("application/problem+json");
        String body = response.asString();
        assertThat(response.jsonPath().getInt("status")).isEqualTo(c.status());
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("type")).isNotBlank();
        assertThat(body).contains(c.mentions());
        assertThat(body).doesNotContain("Exception", "at eu.", "at io.", "at org.", "eu.twinning", "jakarta.");
        assertThat(everything()).as("data after a refused request").isEqualTo(before);
    }

    /** Every stored item, as an admin reads it in every language. */
    private static String everything() {
        StringBuilder all = new StringBuilder();
        for (String path : new String[] { P, E, M, G }) {
            all.append(given().header("Authorization", ADMIN).queryParam("lang", "*").queryParam("size", 100)
                    .get(path).then().statusCode(200).extract().asString());
        }
        return all.append(given().queryParam("lang", "*").get("/api/v1/network").asString()).toString();
    }
}
