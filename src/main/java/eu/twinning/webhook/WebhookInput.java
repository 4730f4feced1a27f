package eu.twinning.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookInput", requiredProperties = "url")
public record WebhookInput(
        @Schema(description = "Where to POST each change: https (http only where TWINNING_WEBHOOKS_ALLOW_HTTP allows "
                + "it), to a public address", examples = "https://www.daugavpils.lv/hooks/twinning")
        @NotBlank @Size(max = WebhookSubscription.URL_LENGTH) String url,
        @Schema(description = "The types to send; none or empty for every type", maxItems = 16,
                nullable = true, examples = "[\"partner.created\", \"partner.updated\", \"partner.deleted\"]")
        @Size(max = 16) List<@Size(max = WebhookEventTypes.MAX_LENGTH) String> eventTypes,
        @Schema(nullable = true, examples = "City portal CMS") @Size(max = WebhookSubscription.DESCRIPTION_LENGTH)
        String description,
        @Schema(description = "Whether to send; true by default. Setting it true again after the subscription was "
                + "disabled for failing resumes its pending deliveries.", nullable = true) Boolean active) {
}
