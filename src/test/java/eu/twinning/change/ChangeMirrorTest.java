package eu.twinning.change;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The proof of the change feed: a client that knows nothing but /changes (a first sync, then the
 * changes after its cursor) keeps a copy through random creates, updates and deletes of every
 * resource type, including publishing and unpublishing, and ends with exactly the public part of
 * the export, each item with the ETag that its read answers.
 */
@QuarkusTest
class ChangeMirrorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COUNTRIES = List.of("EE", "FI", "DK", "IS", "LV");

    private final Random random = new Random(20261207);
    /** Its own partners: what it leaves behind refers to no seed partner, which other classes filter by. */
    private final List<String> partners = new ArrayList<>();
    private final List<Long> events = new ArrayList<>();
    private final List<Long> memoranda = new ArrayList<>();
    private final List<Long> practices = new ArrayList<>();

    /** The client's copy: "type:key" to the body of a read with lang=*, and the ETag the feed gave. */
    private final Map<String, JsonNode> copy = new TreeMap<>();
    private final Map<String, String> etags = new HashMap<>();

    @Test
    void aClientThatOnlyFollowsTheFeedEndsEqualToTheExport() throws Exception {
        createPartner();
        createPartner();
        String cursor = follow(null);
        for (int i = 0; i < 120; i++) {
            step(i);
            if (random.nextInt(15) == 0) {
                cursor = follow(cursor); // now and then, as a client polling would
            }
        }
        follow(cursor);

        assertThat(copy).isEqualTo(publicPartOfTheExport());
        for (Map.Entry<String, String> etag : etags.entrySet()) {
            assertThat(etag.getValue()).as(etag.getKey()).isEqualTo(read(link(etag.getKey())).header("ETag"));
        }
    }

    /** Applies the changes after a cursor (or a first sync) to the copy; answers the next cursor. */
    private String follow(String cursor) throws Exception {
        ChangeFeedClient.Sync sync = ChangeFeedClient.sync(cursor, 1 + random.nextInt(40));
        for (Map<String, Object> change : sync.changes()) {
            String key = change.get("type") + ":" + change.get("key");
            if (change.get("action").equals("deleted")) {
                assertThat(read((String) change.get("link")).statusCode()).as(key).isEqualTo(404);
                copy.remove(key);
                etags.remove(key);
            } else {
                Response read = read((String) change.get("link"));
                assertThat(read.statusCode()).as(key).isEqualTo(200);
                assertThat(read.header("ETag")).as("the ETag of " + key).isEqualTo(change.get("etag"));
                copy.put(key, JSON.readTree(read.asString()));
                etags.put(key, (String) change.get("etag"));
            }
        }
        return sync.cursor();
    }

    private void step(int i) {
        switch (random.nextInt(12)) {
            case 0, 1 -> createPartner();
            case 2 -> updatePartner();
            case 3 -> delete("/api/v1/partners/", partners, true);
            case 4 -> createEvent(i);
            case 5 -> update("/api/v1/events/", events, "title", "{\"en\": \"Event changed " + i + "\"}");
            case 6 -> delete("/api/v1/events/", events, false);
            case 7 -> createMemorandum(i);
            case 8 -> toggleMemorandum();
            case 9 -> delete("/api/v1/memoranda/", memoranda, false);
            case 10 -> createPractice(i);
            default -> delete("/api/v1/good-practices/", practices, false);
        }
    }

    private void createPartner() {
        String slug = uniqueSlug("mirror");
        admin().body(partnerBody(slug, COUNTRIES.get(random.nextInt(COUNTRIES.size())), 1))
                .post("/api/v1/partners").then().statusCode(201);
        partners.add(slug);
    }

    /** A new participants count, a new name, or a new slug (a tombstone under the old one). */
    private void updatePartner() {
        String slug = ownPartner();
        if (slug == null) {
            return;
        }
        ObjectNode partner = (ObjectNode) body(admin().queryParam("lang", "*").get("/api/v1/partners/" + slug));
        String renamed = random.nextBoolean() ? uniqueSlug("mirror") : slug;
        String etag = read("/api/v1/partners/" + slug).header("ETag");
        admin().header("If-Match", etag).body(partnerBody(renamed, partner.get("country").asText(),
                partner.get("participants").asInt() + 1)).put("/api/v1/partners/" + slug).then().statusCode(200);
        partners.set(partners.indexOf(slug), renamed);
    }

    private void createEvent(int i) {
        long id = admin().body("""
                {"title": {"en": "Mirror event %d", "lv": "Pasākums %d"}, "type": "meeting",
                 "startDate": "2020-06-01", "endDate": "2020-06-02", "host": {"slug": "%s"},
                 "delegations": [{"country": "LV", "partners": [{"slug": "%s"}]}],
                 "programme": [{"date": "2020-06-01", "items": [{"time": "10:00", "title": {"en": "Opening"}}]}]}
                """.formatted(i, i, anyPartner(), anyPartner())).post("/api/v1/events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        events.add(id);
    }

    private void createMemorandum(int i) {
        String first = anyPartner();
        String second = partners.get((partners.indexOf(first) + 1 + random.nextInt(partners.size() - 1))
                % partners.size());
        String signatories = "[{\"slug\": \"" + first + "\"}, {\"slug\": \"" + second + "\"}]";
        long id = admin().body("""
                {"title": {"en": "Mirror memorandum %d"}, "status": "%s", "signedOn": "2020-06-01",
                 "signatories": %s, "areas": ["youth"]}
                """.formatted(i, random.nextBoolean() ? "signed" : "draft", signatories)).post("/api/v1/memoranda")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        memoranda.add(id);
    }

    /** Signing a draft publishes it; making a signed one a draft again unpublishes it. */
    private void toggleMemorandum() {
        if (memoranda.isEmpty()) {
            return;
        }
        long id = memoranda.get(random.nextInt(memoranda.size()));
        Response read = admin().queryParam("lang", "*").get("/api/v1/memoranda/" + id);
        ObjectNode memorandum = (ObjectNode) body(read);
        String status = memorandum.get("status").asText().equals("draft") ? "signed" : "draft";
        StringBuilder signatories = new StringBuilder();
        memorandum.get("signatories").forEach(s -> signatories.append(signatories.isEmpty() ? "" : ", ")
                .append("{\"slug\": \"").append(s.get("slug").asText()).append("\"}"));
        admin().header("If-Match", read.header("ETag")).body("""
                {"title": %s, "status": "%s", "signedOn": "2020-06-01", "signatories": [%s], "areas": ["youth"]}
                """.formatted(memorandum.get("title"), status, signatories)).put("/api/v1/memoranda/" + id)
                .then().statusCode(200);
    }

    /** A draft, which now and then is submitted and published. */
    private void createPractice(int i) {
        long id = admin().body("""
                {"partner": {"slug": "%s"}, "title": {"en": "Mirror practice %d"}, "summary": {"en": "Summary"},
                 "themes": ["youth"]}
                """.formatted(anyPartner(), i)).post("/api/v1/good-practices").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        practices.add(id);
        if (random.nextInt(3) > 0) {
            admin().post("/api/v1/good-practices/" + id + "/submission").then().statusCode(200);
            admin().body("{\"decision\": \"publish\"}").post("/api/v1/good-practices/" + id + "/review").then()
                    .statusCode(200);
        }
    }

    private void update(String path, List<Long> ids, String field, String value) {
        if (ids.isEmpty()) {
            return;
        }
        long id = ids.get(random.nextInt(ids.size()));
        Response read = admin().queryParam("lang", "*").get(path + id);
        ObjectNode event = (ObjectNode) body(read);
        String host = event.get("host").get("slug").asText();
        admin().header("If-Match", read.header("ETag")).body("""
                {"%s": %s, "type": "meeting", "startDate": "2020-06-01", "endDate": "2020-06-02",
                 "host": {"slug": "%s"}}
                """.formatted(field, value, host)).put(path + id).then().statusCode(200);
    }

    /** Deletes one; what is still referred to is refused (409), which must change nothing. */
    private void delete(String path, List<?> keys, boolean partnersOnly) {
        List<?> candidates = partnersOnly ? keys.subList(2, keys.size()) : keys; // two stay, for references
        if (candidates.isEmpty()) {
            return;
        }
        Object key = candidates.get(random.nextInt(candidates.size()));
        String etag = admin().get(path + key).header("ETag");
        int status = admin().header("If-Match", etag).delete(path + key).then().extract().statusCode();
        assertThat(status).isIn(204, 409);
        if (status == 204) {
            keys.remove(key);
        }
    }

    /** The export's items that anonymous readers may read, as those reads answer them. */
    private Map<String, JsonNode> publicPartOfTheExport() throws Exception {
        JsonNode export = JSON.readTree(admin().get("/api/v1/network/export").then().statusCode(200).extract().asString());
        Map<String, JsonNode> expected = new TreeMap<>();
        expected.put("network:network", withoutVersion(export.get("network")));
        export.get("partners").forEach(p -> expected.put("partner:" + p.get("slug").asText(), withoutVersion(p)));
        export.get("events").forEach(e -> expected.put("event:" + e.get("id").asText(), withoutVersion(e)));
        export.get("memoranda").forEach(m -> {
            if (!m.get("status").asText().equals("draft")) {
                expected.put("memorandum:" + m.get("id").asText(), withoutVersion(m));
            }
        });
        export.get("goodPractices").forEach(g -> {
            if (g.get("status").asText().equals("published")) {
                expected.put("good-practice:" + g.get("id").asText(), withoutVersion(g));
            }
        });
        return expected;
    }

    private static JsonNode withoutVersion(JsonNode item) {
        ObjectNode copy = item.deepCopy();
        copy.remove("version");
        return copy;
    }

    private String link(String key) {
        String[] parts = key.split(":", 2);
        return switch (parts[0]) {
            case "network" -> "/api/v1/network";
            case "partner" -> "/api/v1/partners/" + parts[1];
            case "event" -> "/api/v1/events/" + parts[1];
            case "memorandum" -> "/api/v1/memoranda/" + parts[1];
            default -> "/api/v1/good-practices/" + parts[1];
        };
    }

    private static Response read(String link) {
        return given().queryParam("lang", "*").get(link);
    }

    private static JsonNode body(Response response) {
        try {
            return JSON.readTree(response.then().statusCode(200).extract().asString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private String ownPartner() {
        return partners.size() <= 2 ? null : partners.get(2 + random.nextInt(partners.size() - 2));
    }

    private String anyPartner() {
        return partners.get(random.nextInt(partners.size()));
    }

    private static String partnerBody(String slug, String country, int participants) {
        return """
                {"slug": "%s", "country": "%s", "role": "partner", "kind": "city",
                 "name": {"en": "Mirror %s", "lv": "Spogulis"}, "participants": %d}
                """.formatted(slug, country, slug, participants);
    }
}
