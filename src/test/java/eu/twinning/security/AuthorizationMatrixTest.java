package eu.twinning.security;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.event;
import static eu.twinning.Fixtures.goodPractice;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.token;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import eu.twinning.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every write endpoint, called by anonymous, an editor of another partner, the partner's own
 * editor, a moderator and an admin, each on fresh data: the exact status, and for every refusal
 * unchanged data.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String[] CALLERS = { "anonymous", "wrong editor", "right editor", "moderator", "admin" };

    /** Fresh data for one call: a partner X with its own editor, made by the admin. */
    record World(String slug, String rightEditor, String wrongEditor, String moderator) {
        String token(String caller) {
            return switch (caller) {
                case "wrong editor" -> wrongEditor;
                case "right editor" -> rightEditor;
                case "moderator" -> moderator;
                case "admin" -> Fixtures.ADMIN_TOKEN;
                default -> null;
            };
        }
    }

    record Call(String method, String path, String body) {
    }

    record Row(String name, Function<World, Call> call, int... expected) {
    }

    static List<Row> rows() {
        return List.of(
                new Row("PUT network", w -> new Call("PUT", "/api/v1/network", network()), 401, 403, 403, 403, 200),
                new Row("POST partner", w -> new Call("POST", "/api/v1/partners", partner(uniqueSlug("new"))),
                        401, 403, 403, 403, 201),
                new Row("PUT own partner", w -> new Call("PUT", "/api/v1/partners/" + w.slug(), partner(w.slug())),
                        401, 403, 200, 403, 200),
                new Row("DELETE partner", w -> new Call("DELETE", "/api/v1/partners/" + w.slug(), null),
                        401, 403, 403, 403, 204),
                new Row("POST event", w -> new Call("POST", "/api/v1/events", event("Matrix")), 401, 403, 403, 403, 201),
                new Row("PUT event", w -> new Call("PUT", "/api/v1/events/" + created("/api/v1/events", event("M")),
                        event("M2")), 401, 403, 403, 403, 200),
                new Row("DELETE event", w -> new Call("DELETE", "/api/v1/events/" + created("/api/v1/events",
                        event("M")), null), 401, 403, 403, 403, 204),
                new Row("POST draft memorandum", w -> new Call("POST", "/api/v1/memoranda", memorandum(w, "draft")),
                        401, 403, 201, 403, 201),
                new Row("POST signed memorandum", w -> new Call("POST", "/api/v1/memoranda", memorandum(w, "signed")),
                        401, 403, 403, 403, 201),
                new Row("PUT draft memorandum", w -> new Call("PUT", "/api/v1/memoranda/"
                        + created("/api/v1/memoranda", memorandum(w, "draft")), memorandum(w, "draft")),
                        401, 404, 200, 403, 200),
                new Row("PUT signed memorandum", w -> new Call("PUT", "/api/v1/memoranda/"
                        + created("/api/v1/memoranda", memorandum(w, "signed")), memorandum(w, "signed")),
                        401, 403, 403, 403, 200),
                new Row("DELETE draft memorandum", w -> new Call("DELETE", "/api/v1/memoranda/"
                        + created("/api/v1/memoranda", memorandum(w, "draft")), null), 401, 404, 204, 403, 204),
                new Row("POST good practice", w -> new Call("POST", "/api/v1/good-practices", practice(w)),
                        401, 403, 201, 403, 201),
                new Row("PUT draft good practice", w -> new Call("PUT", "/api/v1/good-practices/"
                        + created("/api/v1/good-practices", practice(w)), practice(w)), 401, 404, 200, 403, 200),
                new Row("POST submission", w -> new Call("POST", "/api/v1/good-practices/"
                        + created("/api/v1/good-practices", practice(w)) + "/submission", null),
                        401, 404, 200, 403, 200),
                new Row("POST review", w -> new Call("POST", "/api/v1/good-practices/" + submitted(w) + "/review",
                        "{\"decision\": \"publish\"}"), 401, 403, 403, 200, 200),
                new Row("DELETE draft good practice", w -> new Call("DELETE", "/api/v1/good-practices/"
                        + created("/api/v1/good-practices", practice(w)), null), 401, 404, 204, 403, 204),
                new Row("DELETE published good practice", w -> new Call("DELETE", "/api/v1/good-practices/"
                        + published(w), null), 401, 403, 403, 403, 204),
                new Row("POST token", w -> new Call("POST", "/api/v1/tokens",
                        "{\"name\": \"matrix\", \"role\": \"moderator\"}"), 401, 403, 403, 403, 201),
                new Row("DELETE token", w -> new Call("DELETE", "/api/v1/tokens/" + admin().body(
                        "{\"name\": \"doomed\", \"role\": \"moderator\"}").post("/api/v1/tokens").then().statusCode(201)
                        .extract().jsonPath().getLong("id"), null), 401, 403, 403, 403, 204));
    }

    @TestFactory
    Stream<DynamicTest> everyWriteAsEveryCaller() {
        return rows().stream().flatMap(row -> Stream.of(0, 1, 2, 3, 4).map(i -> DynamicTest.dynamicTest(
                row.name() + " as " + CALLERS[i] + " -> " + row.expected()[i],
                () -> check(row, CALLERS[i], row.expected()[i]))));
    }

    private void check(Row row, String caller, int expected) {
        String slug = uniqueSlug("matrix");
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
        World world = new World(slug, token("editor", slug), token("editor", "utena"), token("moderator", null));
        Call call = row.call().apply(world);
        String before = everything();

        RequestSpecification request = given().contentType("application/json");
        String token = world.token(caller);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (call.body() != null) {
            request.body(call.body());
        }
        Response response = request.request(call.method(), call.path());

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(everything()).as("data after a refused write").isEqualTo(before);
        }
    }

    private static String everything() {
        StringBuilder all = new StringBuilder();
        for (String path : new String[] { "/api/v1/partners", "/api/v1/events", "/api/v1/memoranda",
                "/api/v1/good-practices", "/api/v1/tokens" }) {
            var page = admin().queryParam("lang", "*").queryParam("size", 100).queryParam("sort", sortFor(path))
                    .get(path).then().statusCode(200).extract().jsonPath();
            // A token notes its last use even when refused: that is not a change the write made.
            List<java.util.Map<String, Object>> items = page.getList("items");
            items.forEach(item -> item.remove("lastUsedAt"));
            all.append(page.getString("totalItems")).append(items);
        }
        return all.append(admin().queryParam("lang", "*").get("/api/v1/network").asString()).toString();
    }

    private static String sortFor(String path) {
        return path.endsWith("tokens") ? "-createdAt" : "-updatedAt";
    }

    private static long created(String path, String body) {
        return admin().body(body).post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long submitted(World w) {
        long id = created("/api/v1/good-practices", practice(w));
        admin().post("/api/v1/good-practices/" + id + "/submission").then().statusCode(200);
        return id;
    }

    private static long published(World w) {
        long id = submitted(w);
        admin().body("{\"decision\": \"publish\"}").post("/api/v1/good-practices/" + id + "/review").then()
                .statusCode(200);
        return id;
    }

    private static String memorandum(World w, String status) {
        return """
                {"title": {"en": "Proposal"}, "status": "%s", "signedOn": "2026-01-01",
                 "signatories": [{"slug": "%s"}, {"slug": "vanersborg"}]}
                """.formatted(status, w.slug());
    }

    private static String practice(World w) {
        return goodPractice("Matrix practice").replace("\"vanersborg\"", "\"" + w.slug() + "\"");
    }

    private static String network() {
        return given().queryParam("lang", "*").get("/api/v1/network").asString();
    }
}
