package eu.twinning.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.twinning.change.ChangeRecorded;
import eu.twinning.persistence.Timestamps;

/**
 * Turns each recorded change into a delivery for every active subscription that wants its type, in
 * the write's own transaction: a write that commits has its deliveries, a refused one has none.
 * After such a commit this instance's senders are woken; other instances' find them when they poll.
 */
@ApplicationScoped
public class Outbox {

    private final WebhookRepository subscriptions;
    private final DeliveryRepository deliveries;
    private static final String WAKE = Outbox.class.getName() + ".wake";

    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final WebhookSender sender;

    public Outbox(WebhookRepository subscriptions, DeliveryRepository deliveries, ObjectMapper json,
            TransactionSynchronizationRegistry transactions, WebhookSender sender) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.json = json;
        this.transactions = transactions;
        this.sender = sender;
    }

    void onChange(@Observes ChangeRecorded change) {
        String type = WebhookEventTypes.of(change.record());
        List<WebhookSubscription> targets = subscriptions.active().stream().filter(s -> s.wants(type)).toList();
        if (targets.isEmpty()) {
            return;
        }
        Instant now = Timestamps.now();
        String payload = payload(new WebhookMessage(type,
                change.record() == null ? now : change.record().changedAt(), change.record()));
        for (WebhookSubscription target : targets) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
            delivery.subscriptionId = target.id;
            delivery.eventType = type;
            delivery.payload = payload;
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            deliveries.persist(delivery);
        }
        wakeSenderOnCommit();
    }

    /** Once the write commits, this instance's senders send at once, rather than at their next poll. */
    private void wakeSenderOnCommit() {
        if (transactions.getResource(WAKE) != null) {
            return;
        }
        transactions.putResource(WAKE, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sender.wake();
                }
            }
        });
    }

    private String payload(WebhookMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize a webhook message", e);
        }
    }
}
