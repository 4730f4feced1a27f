package eu.twinning.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.twinning.change.ChangeRecorded;
import eu.twinning.persistence.Timestamps;

/**
 * Turns each recorded change into a delivery for every active subscription that wants its type, in
 * the write's own transaction: a write that commits has its deliveries, a refused one has none.
 * The commit moves the data version, which wakes the senders of every instance (WebhookSender).
 */
@ApplicationScoped
public class Outbox {

    private final WebhookRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final ObjectMapper json;

    public Outbox(WebhookRepository subscriptions, DeliveryRepository deliveries, ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.json = json;
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
    }

    private String payload(WebhookMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize a webhook message", e);
        }
    }
}
