package eu.twinning.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One message to one subscription: the outbox row, and its delivery log (migration V12). */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public static final int ERROR_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** webhook-id: the same on every attempt, so that receivers drop repeats. */
    @Column(name = "message_id", nullable = false, updatable = false)
    public String messageId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    public long subscriptionId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    /** When a worker may take it: due, or after the lease of the worker that took it ends. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error", length = ERROR_LENGTH)
    public String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
