package eu.twinning.goodpractice;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision on a submitted good practice; a rejection says why. */
@Schema(name = "ReviewInput")
public record ReviewInput(
        @NotNull ReviewDecision decision,
        @Size(max = MAX_REASON) @Schema(description = "Required to reject; the submitter reads it",
                examples = "Please add the partner's own description of the practice") String reason) {

    public static final int MAX_REASON = 2000;
}
