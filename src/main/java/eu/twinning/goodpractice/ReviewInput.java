package eu.twinning.goodpractice;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's decision on a submitted good practice; a rejection says why. */
@Schema(name = "ReviewInput")
public record ReviewInput(
        @NotNull ReviewDecision decision,
        @Size(max = ReviewInput.MAX_REASON) @Schema(description = "Required to reject; the submitter reads it",
                examples = "Please add the partner's own description of the practice") String reason) {

    /** The longest reason a review may give. */
    public static final int MAX_REASON = 2000;
}
