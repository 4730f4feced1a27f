package eu.twinning.persistence;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.as;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Valid input at its documented maximum length is stored and read back exactly: no column derived
 * from it (search text, name sort keys, the audit log's actor) outgrows its own limit, although
 * folding makes text longer (ß is ss, İ is i and a dot) and collation keys longer still.
 */
@QuarkusTest
class DerivedColumnsTest {

    /** Letters that folding or collation expands: German sharp s, the ffi ligature, dotted capital I. */
    private static final List<String> EXPANDING = List.of("ß", "ﬃ", "İ");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Test
    void aPartnerWithNamesAndTextsAtTheirLimits() {
        String slug = uniqueSlug("longest");
        Function<String, Map<String, Object>> body = letter -> Map.of("slug", slug, "country", "DE", "kind", "city",
                "name", texts(letter, 200), "localName", letter.repeat(200), "description", texts(letter, 4000));
        roundTrip("/api/v1/partners", slug, body, "name", "localName", "description");
        for (String lang : List.of("en", "de", "lv", "sv", "*")) {
            assertThat(given().queryParam("q", slug).queryParam("lang", lang).get("/api/v1/partners").then()
                    .statusCode(200).extract().jsonPath().getList("items.slug")).as(lang).containsExactly(slug);
        }
    }

    @Test
    void anEventWithTextsAtTheirLimits() {
        Function<String, Map<String, Object>> body = letter -> Map.of("title", texts(letter, 300),
                "description", texts(letter, 4000), "venue", texts(letter, 300), "type", "meeting",
                "startDate", "2019-06-01", "endDate", "2019-06-01", "host", Map.of("slug", "raska"),
                "programme", List.of(Map.of("date", "2019-06-01", "title", texts(letter, 300),
                        "items", List.of(Map.of("title", texts(letter, 300), "place", texts(letter, 300),
                                "description", texts(letter, 4000))))));
        String id = create("/api/v1/events", body.apply(EXPANDING.get(0)));
        roundTrip("/api/v1/events", id, body, "title", "description", "venue", "programme");
    }

    @Test
    void aMemorandumWithTextsAtTheirLimits() {
        Function<String, Map<String, Object>> body = letter -> Map.of("title", texts(letter, 300),
                "description", texts(letter, 4000), "signedPlace", texts(letter, 300), "status", "signed",
                "signedOn", "2019-06-01", "signatories", List.of(Map.of("slug", "raska"), Map.of("slug", "vanersborg")));
        String id = create("/api/v1/memoranda", body.apply(EXPANDING.get(0)));
        roundTrip("/api/v1/memoranda", id, body, "title", "description", "signedPlace");
    }

    @Test
    void aGoodPracticeWithTextsAtTheirLimits() {
        Function<String, Map<String, Object>> body = letter -> Map.of("partner", Map.of("slug", "vanersborg"),
                "title", texts(letter, 300), "summary", texts(letter, 2000), "body", Map.of("en", letter.repeat(50_000)),
                "themes", List.of("youth"), "links", List.of(Map.of("title", texts(letter, 200),
                        "url", "https://example.org/" + "a".repeat(400))));
        String id = create("/api/v1/good-practices", body.apply(EXPANDING.get(0)));
        roundTrip("/api/v1/good-practices", id, body, "title", "summary", "body", "links");
    }

    /**
     * The audit log names the writer "token <id> (<name>)": with a name of 100 characters, the most a
     * token's may have, and an id of 19 digits, the most a BIGINT has, that is 128 characters.
     */
    @Test
    void theAuditLogNamesATokenWithTheLongestNameAndId() throws SQLException {
        String name = "ß".repeat(100);
        long next = single("SELECT COALESCE(MAX(id), 0) + 1 FROM api_token");
        long id = 1_000_000_000_000_000_000L;
        execute("ALTER TABLE api_token ALTER COLUMN id RESTART WITH " + id);
        String token;
        try {
            token = admin().body(json(Map.of("name", name, "role", "admin"))).post("/api/v1/tokens").then()
                    .statusCode(201).extract().path("token");
        } finally {
            execute("ALTER TABLE api_token ALTER COLUMN id RESTART WITH " + next);
        }
        String slug = uniqueSlug("actor");
        as(token).body(json(Map.of("slug", slug, "country", "DE", "kind", "city", "name", Map.of("en", "Dessau"))))
                .post("/api/v1/partners").then().statusCode(201);
        String actor = admin().queryParam("resourceType", "partner").queryParam("resourceKey", slug)
                .get("/api/v1/audit-entries").then().statusCode(200).extract().path("items[0].actor");
        assertThat(actor).isEqualTo("token " + id + " (" + name + ")").hasSize(128);
    }

    /** Creates with one expanding letter, then replaces with each other one; every read gives back what was sent. */
    private static void roundTrip(String path, String key, Function<String, Map<String, Object>> body,
            String... fields) {
        if (path.endsWith("/partners")) {
            admin().body(json(body.apply(EXPANDING.get(0)))).post(path).then().statusCode(201);
        }
        assertReadsBack(path + "/" + key, body.apply(EXPANDING.get(0)), fields);
        for (String letter : EXPANDING.subList(1, EXPANDING.size())) {
            admin().body(json(body.apply(letter))).put(path + "/" + key).then().statusCode(200);
            assertReadsBack(path + "/" + key, body.apply(letter), fields);
        }
    }

    private static void assertReadsBack(String url, Map<String, Object> sent, String... fields) {
        JsonPath read = admin().queryParam("lang", "*").get(url).then().statusCode(200).extract().jsonPath();
        Map<String, Object> expected = JsonPath.from(json(sent)).getMap("");
        for (String field : fields) {
            Object value = read.get(field);
            if (field.equals("programme")) { // read days and items carry ids and nulls besides what was sent
                value = read.get("programme[0].items[0].description");
                assertThat(value).as(field).isEqualTo(JsonPath.from(json(sent)).get("programme[0].items[0].description"));
            } else if (field.equals("links")) {
                assertThat(read.getList("links")).as(field).isEqualTo(expected.get(field));
            } else {
                assertThat(value).as(field).isEqualTo(expected.get(field));
            }
        }
    }

    private static String create(String path, Map<String, Object> body) {
        return admin().body(json(body)).post(path).then().statusCode(201).extract().jsonPath().getString("id");
    }

    /** A text at its maximum length in three languages, each of the one letter. */
    private static Map<String, String> texts(String letter, int length) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : List.of("en", "de", "lv")) {
            texts.put(language, letter.repeat(length));
        }
        return texts;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
