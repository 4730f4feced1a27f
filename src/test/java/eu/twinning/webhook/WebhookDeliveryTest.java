package eu.twinning.webhook;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;

import eu.twinning.Fixtures;
import eu.twinning.change.ChangeFeedClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Deliveries as a receiver sees them. The test profile runs no background sender: each test sends
 * what is due itself (WebhookSender.sendOne), so that it knows when all was sent.
 */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    WebhookSender sender;

    @Inject
    ObjectMapper json;

    @Test
    void everyChangeArrivesSignedAndAsTheFeedShowsIt() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            Subscription subscription = subscribe(receiver.url(), List.of());
            List<Map<String, Object>> shown = new ArrayList<>();
            String slug = uniqueSlug("hook");
            // Each write, then what the feed shows of it since the write before.
            String cursor = ChangeFeedClient.now();
            admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
            cursor = follow(cursor, shown);
            String etag = admin().get("/api/v1/partners/" + slug).then().extract().header("ETag");
            admin().header("If-Match", etag).body(partner(slug).replace("Tartu", "Tartu city"))
                    .put("/api/v1/partners/" + slug).then().statusCode(200);
            cursor = follow(cursor, shown);
            long practice = admin().body(Fixtures.goodPractice("Hooked practice")).post("/api/v1/good-practices")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            admin().post("/api/v1/good-practices/" + practice + "/submission").then().statusCode(200);
            admin().body("{\"decision\": \"publish\"}").post("/api/v1/good-practices/" + practice + "/review")
                    .then().statusCode(200);
            cursor = follow(cursor, shown);
            etag = admin().get("/api/v1/partners/" + slug).then().extract().header("ETag");
            admin().header("If-Match", etag).delete("/api/v1/partners/" + slug).then().statusCode(204);
            cursor = follow(cursor, shown);
            admin().delete("/api/v1/good-practices/" + practice).then().statusCode(204);
            follow(cursor, shown);
            drain();

            List<Receiver.Request> received = receiver.requests();
            Webhook verifier = new Webhook(subscription.secret());
            for (Receiver.Request request : received) {
                verifier.verify(request.body(), request.headers()); // throws unless the signature is right
                assertThat(request.header("content-type")).isEqualTo("application/json");
            }
            List<Object> delivered = new ArrayList<>();
            for (Receiver.Request request : received) {
                JsonPath message = JsonPath.from(request.body());
                assertThat(message.getString("type")).isEqualTo(message.getString("data.type") + "."
                        + message.getString("data.action"));
                assertThat(message.getString("timestamp")).isEqualTo(message.getString("data.changedAt"));
                delivered.add(message.getMap("data"));
            }
            assertThat(delivered).containsExactlyElementsOf(shown);
            // The network shows its partners' countries: it changes with them only when the set of countries does.
            assertThat(shown).extracting(c -> c.get("type") + "." + c.get("action"))
                    .filteredOn(type -> !type.toString().startsWith("network.")).containsExactly(
                            "partner.created", "partner.updated", "good-practice.created", "partner.deleted",
                            "good-practice.deleted");
        }
    }

    @Test
    void aReceiverThatFailsForAWhileGetsRetriesOfTheSameMessage() throws Exception {
        try (Receiver receiver = Receiver.start().answering(500, 503)) {
            Subscription subscription = subscribe(receiver.url(), List.of("partner.created"));
            admin().body(partner(uniqueSlug("retry"))).post("/api/v1/partners").then().statusCode(201);
            drainWithRetries(3);

            List<Receiver.Request> received = receiver.requests();
            assertThat(received).hasSize(3);
            assertThat(received).extracting(r -> r.header("webhook-id")).containsOnly(received.get(0)
                    .header("webhook-id"));
            admin().get("/api/v1/webhooks/" + subscription.id() + "/deliveries").then().statusCode(200)
                    .body("items[0].status", equalTo("delivered")).body("items[0].attempts", equalTo(3))
                    .body("items[0].lastStatus", equalTo(200)).body("items[0].messageId",
                            equalTo(received.get(0).header("webhook-id")));
            admin().get("/api/v1/webhooks/" + subscription.id()).then().body("consecutiveFailures", equalTo(0));
        }
    }

    @Test
    void aSubscriptionThatKeepsFailingIsDisabledAndCanBeResumed() throws Exception {
        try (Receiver receiver = Receiver.start().otherwise(500)) {
            Subscription subscription = subscribe(receiver.url(), List.of("partner.created"));
            admin().body(partner(uniqueSlug("failing"))).post("/api/v1/partners").then().statusCode(201);
            drainWithRetries(4); // the first attempt and one after each of the test schedule's 3 waits
            assertThat(receiver.requests()).hasSize(4);
            var webhook = admin().get("/api/v1/webhooks/" + subscription.id()).then().statusCode(200)
                    .body("active", equalTo(false)).body("consecutiveFailures", equalTo(4)).extract();
            assertThat(webhook.jsonPath().getString("disabledReason")).contains("failed 4 times").contains("500");
            admin().get("/api/v1/webhooks/" + subscription.id() + "/deliveries").then()
                    .body("items[0].status", equalTo("failed")).body("items[0].nextAttemptAt", equalTo(null));

            // Disabled: later changes are not queued for it.
            admin().body(partner(uniqueSlug("unheard"))).post("/api/v1/partners").then().statusCode(201);
            admin().get("/api/v1/webhooks/" + subscription.id() + "/deliveries").then().body("totalItems", equalTo(1));

            receiver.otherwise(200);
            admin().header("If-Match", webhook.header("ETag")).body(input(receiver.url(), List.of("partner.created")))
                    .put("/api/v1/webhooks/" + subscription.id()).then().statusCode(200)
                    .body("active", equalTo(true)).body("disabledReason", equalTo(null));
            admin().body(partner(uniqueSlug("heard"))).post("/api/v1/partners").then().statusCode(201);
            drain();
            assertThat(receiver.requests()).hasSize(5);
        }
    }

    @Test
    void anImportIsAnnouncedAsAResetOfTheFeed() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            Subscription subscription = subscribe(receiver.url(), List.of("changes.reset"));
            String export = admin().get("/api/v1/network/export").then().statusCode(200).extract().asString();
            admin().body(export).post("/api/v1/network/import").then().statusCode(200);
            drain();
            assertThat(receiver.requests()).singleElement().satisfies(request -> {
                new Webhook(subscription.secret()).verify(request.body(), request.headers());
                assertThat(JsonPath.from(request.body()).getString("type")).isEqualTo("changes.reset");
                assertThat(JsonPath.from(request.body()).getMap("$")).containsEntry("data", null);
            });
        }
    }

    @Test
    void aRefusedWriteQueuesNothing() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            Subscription subscription = subscribe(receiver.url(), List.of());
            admin().header("If-Match", "\"999999-all-0000000000000000\"").body(partner("daugavpils"))
                    .put("/api/v1/partners/daugavpils").then().statusCode(412);
            admin().body(partner("raska")).post("/api/v1/partners").then().statusCode(409);
            drain();
            assertThat(receiver.requests()).isEmpty();
            admin().get("/api/v1/webhooks/" + subscription.id() + "/deliveries").then().body("totalItems", equalTo(0));
        }
    }

    /** The feed's changes after a cursor, added to shown; answers the next cursor. */
    private static String follow(String cursor, List<Map<String, Object>> shown) {
        ChangeFeedClient.Sync sync = ChangeFeedClient.sync(cursor, 100);
        shown.addAll(sync.changes());
        return sync.cursor();
    }

    private void drain() throws InterruptedException {
        while (sender.sendOne()) {
            // each due delivery, once
        }
    }

    /** Sends until this many attempts were made, waiting out the test schedule's short waits. */
    private void drainWithRetries(int attempts) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        int made = 0;
        while (made < attempts && System.nanoTime() < deadline) {
            if (sender.sendOne()) {
                made++;
            } else {
                Thread.sleep(20);
            }
        }
        assertThat(made).isEqualTo(attempts);
        drain();
    }

    record Subscription(long id, String secret) {
    }

    /** Subscribes a URL; earlier tests' subscriptions are deactivated, so that each test owns its deliveries. */
    static Subscription subscribe(String url, List<String> types) {
        JsonPath list = admin().queryParam("size", 100).get("/api/v1/webhooks").then().extract().jsonPath();
        for (Map<String, Object> other : list.<Map<String, Object>>getList("items")) {
            if (Boolean.TRUE.equals(other.get("active"))) {
                String path = "/api/v1/webhooks/" + other.get("id");
                String etag = admin().get(path).then().extract().header("ETag");
                admin().header("If-Match", etag).delete(path).then().statusCode(204);
            }
        }
        JsonPath created = admin().body(input(url, types)).post("/api/v1/webhooks").then().statusCode(201)
                .extract().jsonPath();
        return new Subscription(created.getLong("id"), created.getString("secret"));
    }

    static String input(String url, List<String> types) {
        return "{\"url\": \"" + url + "\", \"eventTypes\": [" + String.join(", ",
                types.stream().map(t -> "\"" + t + "\"").toList()) + "]}";
    }
}
