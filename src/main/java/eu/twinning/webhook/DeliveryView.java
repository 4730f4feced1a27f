package eu.twinning.webhook;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One message to a subscription and how its delivery went")
public record DeliveryView(
        @Schema(description = "webhook-id: the same on every attempt", maxLength = 40,
                examples = "msg_2f1c9a0e8b7d4c3f9e6a5b4c3d2e1f0a") String messageId,
        @Schema(maxLength = WebhookEventTypes.MAX_LENGTH, examples = "partner.updated") String eventType,
        DeliveryStatus status,
        @Schema(minimum = "0", examples = "1") int attempts,
        Instant createdAt,
        @Schema(nullable = true) Instant lastAttemptAt,
        @Schema(nullable = true, description = "While pending: when it is tried next") Instant nextAttemptAt,
        @Schema(nullable = true, description = "The receiver's last HTTP status", examples = "200") Integer lastStatus,
        @Schema(nullable = true, description = "Why the last attempt failed, when it did",
                maxLength = WebhookDelivery.ERROR_LENGTH) String lastError,
        @JsonRawValue @Schema(implementation = WebhookMessage.class, description = "The body sent, byte for byte")
        String message) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.messageId, d.eventType, d.status, d.attempts, d.createdAt, d.lastAttemptAt,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.lastStatus, d.lastError, d.payload);
    }
}
