package eu.twinning.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.twinning.persistence.Timestamps;

/** The sender's transactions: taking a due delivery, and writing down how its attempt went. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeliveryLedger {

    /** A delivery taken for one attempt, with what sending it needs. */
    public record Claim(long id, String messageId, String payload, String url, String secret, int attempt) {
    }

    /** How an attempt went: a 2xx status, or why not. */
    public record Outcome(Integer status, String error) {

        boolean delivered() {
            return error == null;
        }
    }

    private final DeliveryRepository deliveries;
    private final WebhookRepository subscriptions;
    private final RetrySchedule schedule;

    public DeliveryLedger(DeliveryRepository deliveries, WebhookRepository subscriptions, RetrySchedule schedule) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.schedule = schedule;
    }

    /**
     * Takes the next due delivery: counts the attempt and leases it for this long, so that no other
     * worker takes it meanwhile; if this instance dies while sending, the lease ends and another
     * worker sends it again (at least once).
     */
    public Optional<Claim> claim(Duration lease) {
        Instant now = Timestamps.now();
        return deliveries.lockNextDue(now).map(delivery -> {
            WebhookSubscription subscription = subscriptions.findById(delivery.subscriptionId);
            delivery.attempts++;
            delivery.lastAttemptAt = now;
            delivery.nextAttemptAt = now.plus(lease);
            return new Claim(delivery.id, delivery.messageId, delivery.payload, subscription.url, subscription.secret,
                    delivery.attempts);
        });
    }

    public Optional<Instant> nextDue() {
        return deliveries.nextDue();
    }

    /**
     * Writes down an attempt: delivered; or failed, to be tried again after the schedule's next wait;
     * or failed for good after the last, which disables the subscription until an admin resumes it.
     */
    public void settle(Claim claim, Outcome outcome) {
        WebhookDelivery delivery = deliveries.findById(claim.id());
        if (delivery == null) {
            return; // its subscription was deleted meanwhile
        }
        Instant now = Timestamps.now();
        delivery.lastStatus = outcome.status();
        delivery.lastError = outcome.error() == null ? null
                : outcome.error().substring(0, Math.min(outcome.error().length(), WebhookDelivery.ERROR_LENGTH));
        // Bulk updates of the subscription: they leave its version, which admins' If-Match compares, alone.
        if (outcome.delivered()) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.nextAttemptAt = null;
            subscriptions.update("consecutiveFailures = 0 where id = ?1 and consecutiveFailures <> 0",
                    delivery.subscriptionId);
            return;
        }
        subscriptions.update("consecutiveFailures = consecutiveFailures + 1 where id = ?1", delivery.subscriptionId);
        Instant next = schedule.next(delivery.attempts, now);
        if (next != null) {
            delivery.nextAttemptAt = next;
            return;
        }
        delivery.status = DeliveryStatus.FAILED;
        delivery.nextAttemptAt = null;
        String reason = "Delivery " + delivery.messageId + " failed " + delivery.attempts + " times; last: "
                + delivery.lastError;
        subscriptions.update("active = false, disabledReason = ?1 where id = ?2",
                reason.substring(0, Math.min(reason.length(), 300)), delivery.subscriptionId);
    }
}
