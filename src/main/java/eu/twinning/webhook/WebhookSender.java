package eu.twinning.webhook;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import eu.twinning.config.TwinningConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends due deliveries, on every instance: a few workers each take one (DeliveryLedger), post it
 * signed (Standard Webhooks) with a timeout and no redirects, after checking where its host
 * resolves to now (AddressGuard), and write down how it went. A commit here that made deliveries
 * wakes them at once (Outbox); one worker also polls, once a poll interval, for what other
 * instances committed and for retries that fell due. Writes that make no delivery cost them nothing.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    static final String USER_AGENT = "twinning-network-api-webhooks/1";

    private final DeliveryLedger ledger;
    private final AddressGuard guard;
    private final TwinningConfig.Webhooks config;
    private final HttpClient http;
    private final Object signal = new Object();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running = true;
    private boolean woken;

    /** How long a worker other than the poller sleeps when nothing wakes it. */
    private static final Duration IDLE = Duration.ofMinutes(10);

    public WebhookSender(DeliveryLedger ledger, AddressGuard guard, TwinningConfig config, Vertx vertx) {
        this.ledger = ledger;
        this.guard = guard;
        this.config = config.webhooks();
        // TLS with the JVM's trusted CAs, the host name checked against the certificate, and SNI even though
        // the connection goes to an address.
        this.http = vertx.createHttpClient(new HttpClientOptions().setVerifyHost(true).setForceSni(true)
                .setKeepAlive(false).setConnectTimeout((int) this.config.timeout().toMillis()));
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        for (int i = 0; i < config.senders(); i++) {
            boolean poller = i == 0;
            Thread worker = new Thread(() -> work(poller), "twinning-webhook-sender-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        workers.forEach(Thread::interrupt);
    }

    /** Deliveries were committed here, or one was found due: idle workers look at once. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /**
     * Sends due deliveries while there are any, waking the others to help. Then the poller waits a
     * poll interval (deliveries committed on other instances, retries falling due, leases of a dead
     * instance running out), the others until they are woken.
     */
    private void work(boolean poller) {
        while (running) {
            try {
                if (sendOne()) {
                    wake();
                    continue;
                }
                await(poller ? config.pollInterval() : IDLE);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database is away, say: the deliveries wait in the outbox; try again later.
                LOG.warnf("Webhook sender: %s", e.getMessage());
                try {
                    Thread.sleep(config.pollInterval().toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    private void await(Duration wait) throws InterruptedException {
        synchronized (signal) {
            if (!woken) {
                signal.wait(wait.toMillis());
            }
            woken = false;
        }
    }

    /** Sends the next due delivery, if there is one. */
    boolean sendOne() throws InterruptedException {
        Optional<DeliveryLedger.Claim> claim = ledger.claim(lease());
        if (claim.isEmpty()) {
            return false;
        }
        ledger.settle(claim.get(), attempt(claim.get()));
        return true;
    }

    /** Longer than an attempt can take: connecting, then waiting for the answer. */
    private Duration lease() {
        return config.timeout().multipliedBy(2).plusSeconds(10);
    }

    DeliveryLedger.Outcome attempt(DeliveryLedger.Claim claim) throws InterruptedException {
        URI uri = URI.create(claim.url());
        AddressGuard.Vetted vetted = guard.vet(uri.getHost());
        if (vetted.refusal() != null) {
            return new DeliveryLedger.Outcome(null, "Not sent: " + vetted.refusal());
        }
        long timestamp = Instant.now().getEpochSecond();
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(claim.url())
                // To the address just vetted, while Host and TLS (SNI, certificate) name the URL's host.
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(vetted.address(), port)))
                .setFollowRedirects(false)
                .setConnectTimeout(config.timeout().toMillis())
                .setTimeout(config.timeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", USER_AGENT)
                .putHeader("webhook-id", claim.messageId())
                .putHeader("webhook-timestamp", String.valueOf(timestamp))
                .putHeader("webhook-signature", Signatures.sign(claim.secret(), claim.messageId(), timestamp,
                        claim.payload()));
        try {
            int status = http.request(request)
                    .compose(sent -> sent.send(claim.payload()))
                    .compose(response -> response.body().map(ignored -> response.statusCode()))
                    .toCompletionStage().toCompletableFuture()
                    .get(config.timeout().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
            return status >= 200 && status < 300 ? new DeliveryLedger.Outcome(status, null)
                    : new DeliveryLedger.Outcome(status, "Answered " + status);
        } catch (TimeoutException e) {
            return new DeliveryLedger.Outcome(null, "No answer within " + config.timeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String what = cause.getClass().getSimpleName().contains("Timeout")
                    ? "No answer within " + config.timeout().toSeconds() + " s"
                    : "Cannot deliver: " + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            return new DeliveryLedger.Outcome(null, what);
        }
    }
}
