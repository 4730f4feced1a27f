package eu.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

import eu.twinning.webhook.Receiver;
import io.restassured.path.json.JsonPath;

/**
 * Webhook deliveries of the packaged application, with its background senders: a SIGKILL while
 * deliveries are pending loses none and invents none, and two instances on one PostgreSQL share the
 * work without sending any message twice.
 */
class WebhookDeliveryIT {

    /** The receivers listen on 127.0.0.2, which these instances may deliver to over plain http. */
    private static Map<String, String> webhooks(Map<String, String> database) {
        Map<String, String> env = new HashMap<>(database);
        env.put("TWINNING_WEBHOOKS_ALLOW_HTTP", "true");
        env.put("TWINNING_WEBHOOKS_ALLOWED_NETWORKS", "127.0.0.2/32");
        env.put("TWINNING_WEBHOOKS_TIMEOUT", "PT2S");
        env.put("TWINNING_WEBHOOKS_RETRY_SCHEDULE", String.join(",", java.util.Collections.nCopies(30, "PT0.5S")));
        return env;
    }

    @Test
    void aKillWhileDeliveriesArePendingLosesNoneAndInventsNone() throws Exception {
        Map<String, String> env = webhooks(TestDatabase.fresh("twinning_webhook_kill"));
        try (Receiver receiver = Receiver.start().otherwise(503)) {
            AppProcess app = AppProcess.start("webhook-kill", env);
            String secret = subscribe(app, receiver);
            String cursor = changes(app, null).cursor();
            PartnerWriter writer = PartnerWriter.start(app, "hooked");
            // The receiver answers 503 meanwhile: each delivery waits in the outbox, some mid-attempt at the kill.
            writer.awaitAcknowledged(20);
            app.kill();
            writer.close();
            List<String> acknowledged = writer.acknowledged();
            receiver.otherwise(200);

            try (AppProcess restarted = AppProcess.start("webhook-restarted", env)) {
                // The cursor of the killed instance still serves: it is a position in the database.
                Set<String> committed = changes(restarted, cursor).created();
                assertThat(committed).containsAll(acknowledged);
                Map<String, String> delivered = awaitDelivered(receiver, secret, committed.size(), Duration.ofSeconds(90));
                // Every committed change arrived; nothing else did (repeats of a message share its webhook-id).
                assertThat(delivered.keySet()).isEqualTo(committed);
            }
        }
    }

    @Test
    void twoInstancesOnOnePostgresqlShareTheWorkAndSendNothingTwice() throws Exception {
        assumeTrue(TestDatabase.postgres(), "two instances share a database only on PostgreSQL");
        Map<String, String> env = webhooks(TestDatabase.fresh("twinning_webhook_multi"));
        try (Receiver receiver = Receiver.start().delay(Duration.ofMillis(30));
                AppProcess a = AppProcess.start("webhook-a", env);
                AppProcess b = AppProcess.start("webhook-b", env)) {
            String secret = subscribe(a, receiver);
            String cursor = changes(a, null).cursor();
            for (int i = 0; i < 40; i++) {
                AppProcess writer = i % 2 == 0 ? a : b;
                assertThat(writer.send("POST", "/api/v1/partners", Fixtures.partner(Fixtures.uniqueSlug("shared")))
                        .statusCode()).isEqualTo(201);
            }
            Set<String> committed = changes(b, cursor).created(); // a cursor of one instance serves on the other
            assertThat(committed).hasSize(40);
            awaitDelivered(receiver, secret, 40, Duration.ofSeconds(60));
            Thread.sleep(2000); // time for a second sending, were there one
            List<String> ids = receiver.requests().stream().map(r -> r.header("webhook-id")).toList();
            assertThat(ids).doesNotHaveDuplicates().hasSize(40);
        }
    }

    private static String subscribe(AppProcess app, Receiver receiver) throws Exception {
        HttpResponse<String> created = app.send("POST", "/api/v1/webhooks",
                "{\"url\": \"" + receiver.url() + "\", \"eventTypes\": [\"partner.created\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonPath.from(created.body()).getString("secret");
    }

    /** The partners the feed lists as created after a cursor (or in a first sync, without), and where it ended. */
    private record Changes(Set<String> created, String cursor) {
    }

    private static Changes changes(AppProcess app, String since) throws Exception {
        Set<String> created = new java.util.HashSet<>();
        String cursor = since;
        boolean more = true;
        while (more) {
            HttpResponse<String> page = app.read("/api/v1/changes?limit=500" + (cursor == null ? "" : "&since=" + cursor));
            assertThat(page.statusCode()).isEqualTo(200);
            JsonPath json = JsonPath.from(page.body());
            for (Map<String, Object> change : json.<Map<String, Object>>getList("items")) {
                String key = (String) change.get("key");
                if (change.get("type").equals("partner") && change.get("action").equals("created")) {
                    created.add(key);
                }
            }
            cursor = json.getString("next");
            more = json.getBoolean("hasMore");
        }
        return new Changes(created, cursor);
    }

    /** Waits until this many distinct changes arrived, each signed right; answers key to webhook-id. */
    private static Map<String, String> awaitDelivered(Receiver receiver, String secret, int count, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Webhook verifier = new Webhook(secret);
        while (true) {
            Map<String, String> delivered = new HashMap<>();
            for (Receiver.Request request : receiver.requests()) {
                verifier.verify(request.body(), request.headers());
                String key = JsonPath.from(request.body()).getString("data.key");
                String previous = delivered.putIfAbsent(key, request.header("webhook-id"));
                assertThat(previous == null || previous.equals(request.header("webhook-id")))
                        .as("one message per change: " + key).isTrue();
            }
            if (delivered.size() >= count || System.nanoTime() > deadline) {
                assertThat(delivered).as("delivered within " + timeout).hasSize(count);
                return delivered;
            }
            Thread.sleep(200);
        }
    }
}
