package eu.twinning.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

import eu.twinning.config.TwinningConfig;
import io.vertx.core.Vertx;

/** One attempt, as the sender makes it: where the guard sends it, signed; elsewhere, nowhere. */
class WebhookSenderTest {

    @Test
    void aNameThatNowResolvesToLoopbackIsNotConnectedTo() throws Exception {
        try (Receiver loopback = Receiver.on("127.0.0.1")) {
            WebhookSender sender = sender(new AddressGuard(true, List.of(), rebound()));
            DeliveryLedger.Outcome outcome = sender.attempt(claim(loopback, Signatures.newSecret()));
            assertThat(outcome.delivered()).isFalse();
            assertThat(outcome.error()).startsWith("Not sent").contains("127.0.0.1").contains("loopback");
            assertThat(loopback.requests()).isEmpty();
        }
    }

    @Test
    void whereTheGuardAllowsItTheMessageArrivesSignedAsStandardWebhooksSays() throws Exception {
        try (Receiver loopback = Receiver.on("127.0.0.1")) {
            String secret = Signatures.newSecret();
            WebhookSender sender = sender(new AddressGuard(true, List.of(AddressRange.parse("127.0.0.1/32")), rebound()));
            DeliveryLedger.Outcome outcome = sender.attempt(claim(loopback, secret));
            assertThat(outcome.delivered()).isTrue();
            Receiver.Request request = loopback.requests().get(0);
            new Webhook(secret).verify(request.body(), request.headers());
            assertThat(request.header("webhook-id")).isEqualTo("msg_test");
            // Sent to the address the guard vetted: no second lookup (this name is in no DNS), yet named in Host.
            assertThat(request.header("host")).startsWith("rebound.example.org:");
            assertThat(request.header("user-agent")).isEqualTo(WebhookSender.USER_AGENT);
        }
    }

    @Test
    void aRedirectIsAFailureNotFollowed() throws Exception {
        try (Receiver loopback = Receiver.on("127.0.0.1").otherwise(302)) {
            WebhookSender sender = sender(new AddressGuard(true, List.of(AddressRange.parse("127.0.0.1/32")), rebound()));
            assertThat(sender.attempt(claim(loopback, Signatures.newSecret())).error()).isEqualTo("Answered 302");
        }
    }

    private static DeliveryLedger.Claim claim(Receiver receiver, String secret) {
        String url = receiver.url().replace("127.0.0.1", "rebound.example.org");
        return new DeliveryLedger.Claim(1, "msg_test", "{\"type\":\"partner.updated\"}", url, secret, 1);
    }

    /** A name that resolves to loopback (as a DNS record changed after the URL was saved would). */
    private static AddressGuard.Resolver rebound() {
        return host -> {
            if (!host.equals("rebound.example.org")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] { InetAddress.getByName("127.0.0.1") };
        };
    }

    private static final Vertx VERTX = Vertx.vertx();

    @AfterAll
    static void close() {
        VERTX.close();
    }

    private static WebhookSender sender(AddressGuard guard) {
        TwinningConfig.Webhooks webhooks = (TwinningConfig.Webhooks) Proxy.newProxyInstance(
                TwinningConfig.class.getClassLoader(), new Class<?>[] { TwinningConfig.Webhooks.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "timeout" -> Duration.ofSeconds(2);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        TwinningConfig config = (TwinningConfig) Proxy.newProxyInstance(TwinningConfig.class.getClassLoader(),
                new Class<?>[] { TwinningConfig.class }, (proxy, method, args) -> webhooks);
        return new WebhookSender(null, guard, config, VERTX);
    }
}
