package eu.twinning.change;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.http.Validators;

/** One change as the feed lists it and a webhook delivers it. */
@Schema(name = "Change", description = "A change to public data. created and updated both mean: fetch link (with "
        + "lang=* for every language) and keep it; deleted means: drop it.")
public record ChangeRecord(
        @Schema(description = "partner, event, memorandum, good-practice or network", maxLength = 20,
                examples = "partner") String type,
        @Schema(description = "The resource's key in its path: a partner's slug, an id, or network", maxLength = 60,
                examples = "raska") String key,
        ChangeAction action,
        @Schema(description = "The resource's path under the API's base URL", maxLength = 100,
                examples = "/api/v1/partners/raska") String link,
        @Schema(description = "The ETag that a read of link with lang=* answers after this change; null for a "
                + "deletion", nullable = true, maxLength = Validators.MAX_LENGTH, examples = "\"3-all-9f2c41d07be1a3c5\"")
        String etag,
        @Schema(description = "When the change was committed", maxLength = 40) Instant changedAt) {
}
