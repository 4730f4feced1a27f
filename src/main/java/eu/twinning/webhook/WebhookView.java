package eu.twinning.webhook;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.http.Versioned;

@Schema(name = "Webhook")
public record WebhookView(
        @Schema(minimum = "1", examples = "1") long id,
        @Schema(maxLength = WebhookSubscription.URL_LENGTH, examples = "https://www.daugavpils.lv/hooks/twinning")
        String url,
        @Schema(description = "The types sent; empty for every type", maxItems = 16) List<String> eventTypes,
        @Schema(nullable = true, maxLength = WebhookSubscription.DESCRIPTION_LENGTH) String description,
        boolean active,
        @Schema(nullable = true, description = "Why the server disabled it", maxLength = 300) String disabledReason,
        @Schema(description = "Failed attempts since the last delivered one", minimum = "0") int consecutiveFailures,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true, description = "The signing secret (Standard Webhooks, whsec_...): in the answer to "
                + "createWebhook only, null in every other. Keep it to check each delivery's webhook-signature.",
                maxLength = 60) String secret,
        @JsonIgnore long version) implements Versioned {

    static WebhookView of(WebhookSubscription s) {
        return new WebhookView(s.id, s.url, s.eventTypeList(), s.description, s.active, s.disabledReason,
                s.consecutiveFailures, s.createdAt, s.updatedAt, null, s.version);
    }

    WebhookView withSecret(String secret) {
        return new WebhookView(id, url, eventTypes, description, active, disabledReason, consecutiveFailures,
                createdAt, updatedAt, secret, version);
    }
}
