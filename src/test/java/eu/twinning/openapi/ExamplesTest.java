package eu.twinning.openapi;

import static eu.twinning.Fixtures.ADMIN_TOKEN;
import static eu.twinning.Fixtures.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every example answer in the spec is what the server answers, on the TTChan seed data, to the
 * request the example names: each is replayed and compared, field by field. Only values that
 * depend on the moment (timestamps, a new token's secret) are compared by presence alone.
 * <p>
 * After an intended change of an answer, record the examples again and regenerate the spec:
 * ./mvnw -B test -Dtest=ExamplesTest -Drecord.examples=true (see README, "The spec").
 */
@QuarkusTest
@TestProfile(ExamplesTest.FreshSeed.class)
class ExamplesTest {

    /** A profile of its own: the application starts again, on a freshly migrated and seeded database. */
    public static class FreshSeed implements QuarkusTestProfile {
    }

    /** Reads first, while the data is the seed; then refusals, which change nothing; then writes, in a client's order. */
    private static final List<String> ORDER = List.of("getNetwork", "listPartners", "getPartner", "mapPartners", "listEvents",
            "getEvent", "getEventCalendar", "getEventsCalendar", "getEventsFeed", "listMemoranda", "getMemorandum",
            "listGoodPractices", "getGoodPractice", "getGoodPracticesFeed", "listChanges", "listTokens", "getToken",
            "exportNetwork", "problems", "createWebhook", "getWebhook", "listWebhooks", "createPartner",
            "listWebhookDeliveries", "updateWebhook", "updatePartner", "createEvent", "updateEvent",
            "createMemorandum", "updateMemorandum", "createGoodPractice", "updateGoodPractice", "submitGoodPractice",
            "reviewGoodPractice", "issueToken", "updateNetwork", "listAuditEntries", "importNetwork",
            "problems-after-import");

    private static final Set<String> MOMENTARY = Set.of("createdAt", "updatedAt", "submittedAt", "reviewedAt",
            "occurredAt", "lastUsedAt", "exportedAt", "created_at", "updated_at", "submitted_at", "reviewed_at", "token",
            // the change feed's and webhooks': times, tags of what was written now, secrets and message ids
            "changedAt", "timestamp", "lastAttemptAt", "nextAttemptAt", "etag", "secret", "messageId");

    /** In calendars the lines, in Atom the elements, whose values are the moment of a write. */
    private static final java.util.regex.Pattern MOMENTS = java.util.regex.Pattern.compile(
            "(?m)(^DTSTAMP:|<updated>|<published>)[0-9TZ:.+-]+");
    private static final String DEFAULT_ADDRESS = "http://localhost:8080/";
    private static final boolean RECORD = Boolean.getBoolean("record.examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> tokens = new HashMap<>();

    @Test
    void everyExampleAnswerIsTheServersAnswer() throws Exception {
        ExampleFiles examples = ExampleFiles.read();
        assertThat(examples.files()).as("every example file has its place in the replay")
                .containsExactlyInAnyOrderElementsOf(ORDER);
        Map<String, String> problemStatus = problemStatuses();
        // Tokens 1 and 2, which the token examples show.
        tokens.put("editor:raska", issue("{\"name\": \"Raška website editor\", \"role\": \"editor\", "
                + "\"partner\": {\"slug\": \"raska\"}, \"expiresAt\": \"2027-12-31T23:59:59Z\"}"));
        tokens.put("moderator", issue("{\"name\": \"Network moderator\", \"role\": \"moderator\"}"));
        tokens.put("admin", ADMIN_TOKEN);

        List<String> differences = new ArrayList<>();
        List<String> sentBodies = new ArrayList<>();
        for (String file : ORDER) {
            for (ExampleFiles.Answer answer : examples.answers(file)) {
                if (answer.request() == null) {
                    assertThat(answer.example().path("summary").asText()).as(answer.name()).startsWith("Illustration");
                    continue;
                }
                String status = problemStatus.getOrDefault(answer.status(), answer.status());
                JsonNode actual = replay(answer.request(), examples, sentBodies, answer.name(), status);
                if (RECORD) {
                    answer.example().set("value", recorded(answer.example().get("value"), actual));
                } else {
                    compare(answer.name(), "", answer.example().get("value"), actual, differences);
                }
            }
        }
        assertThat(examples.requestBodies()).as("every request example is sent by a replay")
                .allMatch(sentBodies::contains);
        if (RECORD) {
            examples.write();
        }
        assertThat(differences).as("answers that differ from their examples (record them again if intended)").isEmpty();
    }

    private JsonNode replay(JsonNode request, ExampleFiles examples, List<String> sentBodies, String name,
            String status) throws Exception {
        RequestSpecification spec = given().contentType("application/json");
        String as = request.path("as").asText("anonymous");
        if (!as.equals("anonymous")) {
            assertThat(tokens).as(name + ": caller " + as).containsKey(as);
            spec.header("Authorization", "Bearer " + tokens.get(as));
        }
        JsonNode body = request.get("body");
        if (body != null && body.isTextual() && examples.value(body.asText()) != null) {
            sentBodies.add(body.asText());
            spec.body(JSON.writeValueAsString(examples.value(body.asText())));
        } else if (body != null) {
            spec.body(body.isTextual() ? body.asText() : JSON.writeValueAsString(body));
        }
        if (request.has("oversized")) {
            spec.body("{\"description\": {\"en\": \"" + "x".repeat(request.get("oversized").asInt()) + "\"}}");
        }
        request.path("headers").fields().forEachRemaining(h -> spec.header(h.getKey(), h.getValue().asText()));
        Response response = spec.request(request.get("method").asText(), request.get("path").asText());
        assertThat(response.statusCode()).as(name + ": " + response.asString()).isEqualTo(Integer.parseInt(status));
        String answer = atDefaultAddress(response.asString());
        String type = String.valueOf(response.contentType());
        return type.contains("json") ? JSON.readTree(answer) : TextNode.valueOf(answer);
    }

    /** Links in a body name the address the server was reached at: in the examples, the README's default one. */
    private static String atDefaultAddress(String body) {
        return body.replace(RestAssured.baseURI + ":" + RestAssured.port + "/", DEFAULT_ADDRESS);
    }

    private static void compare(String name, String path, JsonNode expected, JsonNode actual, List<String> differences) {
        String field = path.substring(path.lastIndexOf('/') + 1);
        if (expected == null || actual == null || MOMENTARY.contains(field)) {
            if ((expected == null || expected.isNull()) != (actual == null || actual.isNull())) {
                differences.add(name + " " + path + ": expected " + expected + ", was " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> compare(name, path + "/" + n, expected.get(n), actual.get(n), differences));
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(name, path + "/" + i, expected.get(i), actual.get(i), differences);
            }
        } else if (expected.isTextual() && actual.isTextual()) {
            if (!withoutMoments(expected.asText()).equals(withoutMoments(actual.asText()))) {
                differences.add(name + " " + path + ": expected " + expected + ", was " + actual);
            }
        } else if (!expected.equals(actual)) {
            differences.add(name + " " + path + ": expected " + expected + ", was " + actual);
        }
    }

    /** A text body (a calendar, a feed) with its values of the moment (DTSTAMP, updated) taken out. */
    private static String withoutMoments(String text) {
        return MOMENTS.matcher(text).replaceAll("$1");
    }

    /** The answer to record, keeping the example's values of the moment, so that files change only with answers. */
    private static JsonNode recorded(JsonNode example, JsonNode actual) {
        if (example != null && example.isTextual() && actual.isTextual()
                && withoutMoments(example.asText()).equals(withoutMoments(actual.asText()))) {
            return example;
        }
        if (example == null || !example.isContainerNode() || actual.getNodeType() != example.getNodeType()) {
            return actual;
        }
        JsonNode result = actual.deepCopy();
        if (result instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            actual.fieldNames().forEachRemaining(name -> {
                JsonNode kept = example.get(name);
                boolean momentary = MOMENTARY.contains(name) && kept != null && !kept.isNull()
                        && !actual.get(name).isNull();
                object.set(name, momentary ? kept : recorded(kept, actual.get(name)));
            });
        } else if (result instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size() && i < example.size(); i++) {
                array.set(i, recorded(example.get(i), actual.get(i)));
            }
        }
        return result;
    }

    private static String issue(String token) {
        return admin().body(token).post("/api/v1/tokens").then().statusCode(201).extract().path("token");
    }

    /** Problem response components by status, as every operation of the spec refers to them. */
    private static Map<String, String> problemStatuses() throws Exception {
        Map<String, String> statuses = new HashMap<>();
        new YAMLMapper().readTree(ContractFilter.SPEC.toFile()).get("paths").forEach(item -> item.forEach(operation ->
                operation.path("responses").fields().forEachRemaining(response -> {
                    String ref = response.getValue().path("$ref").asText("");
                    if (!ref.isEmpty()) {
                        statuses.put(ref.substring(ref.lastIndexOf('/') + 1), response.getKey());
                    }
                })));
        return statuses;
    }
}
