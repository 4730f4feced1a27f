package eu.twinning.webhook;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.change.ChangeRecord;

/** The body of a delivery (Standard Webhooks: type, timestamp, data). */
@Schema(name = "WebhookMessage", description = "The body of each webhook delivery, signed as the Standard Webhooks "
        + "specification says (headers webhook-id, webhook-timestamp, webhook-signature)")
public record WebhookMessage(
        @Schema(description = "<resource type>.<action>, or changes.reset after an import (data is null: sync from "
                + "scratch)", maxLength = WebhookEventTypes.MAX_LENGTH, examples = "partner.updated") String type,
        @Schema(description = "When the change was committed", maxLength = 40) Instant timestamp,
        @Schema(nullable = true, description = "The change, as GET /api/v1/changes lists it") ChangeRecord data) {
}
