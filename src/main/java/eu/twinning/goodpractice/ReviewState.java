package eu.twinning.goodpractice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.twinning.problem.Problem;

/**
 * Where a good practice is in its review, as a read shows it and an export records it: only the
 * workflow's calls change it, and an import restores it. It is what those calls can leave behind:
 * an item is submitted before anything else happens to it, and a rejection says why.
 */
public record ReviewState(
        @NotNull GoodPracticeStatus status,
        Instant submittedAt,
        Instant reviewedAt,
        @Size(max = ReviewInput.MAX_REASON) String reviewReason) {

    /** The faults of a state that passed its annotations. */
    public List<Problem.FieldError> problems() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (status != GoodPracticeStatus.DRAFT && submittedAt == null) {
            errors.add(new Problem.FieldError("submittedAt", "is required when the status is " + status));
        }
        if (status == GoodPracticeStatus.REJECTED && (reviewReason == null || reviewReason.isBlank())) {
            errors.add(new Problem.FieldError("reviewReason", "is required when the status is rejected"));
        }
        return errors;
    }
}
