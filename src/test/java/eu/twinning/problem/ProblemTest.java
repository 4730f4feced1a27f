package eu.twinning.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A problem never grows with the request that caused it: each text and the list of fields are cut at their published bounds. */
class ProblemTest {

    @Test
    void textsAreCutAtTheirBoundsAndSayingSo() {
        String echoed = "x".repeat(10_000);
        Problem problem = new Problem(ProblemTypes.NOT_FOUND, "Not found", 404, "No partner '" + echoed + "' exists",
                "/api/v1/partners/" + echoed, null);
        assertThat(problem.detail()).hasSize(Problem.MAX_DETAIL).startsWith("No partner 'xxx").endsWith("x…");
        assertThat(problem.instance()).hasSize(Problem.MAX_INSTANCE).startsWith("/api/v1/partners/x").endsWith("…");
        Problem.FieldError error = new Problem.FieldError(echoed, "'" + echoed + "' is not one of: a, b");
        assertThat(error.field()).hasSize(Problem.FieldError.MAX_FIELD);
        assertThat(error.message()).hasSize(Problem.FieldError.MAX_MESSAGE);
    }

    @Test
    void shortTextsAreKeptAsTheyAre() {
        Problem problem = new Problem(ProblemTypes.VALIDATION, "Request is invalid", 400, "q: too short", "/api/v1/events",
                List.of(new Problem.FieldError("q", "must have 2 to 100 characters")));
        assertThat(problem.detail()).isEqualTo("q: too short");
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("q", "must have 2 to 100 characters"));
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String text = "a".repeat(Problem.MAX_TITLE - 2) + "😀😀";
        String cut = new Problem(ProblemTypes.BLANK, text, 400, null, null, null).title();
        assertThat(cut).hasSizeLessThanOrEqualTo(Problem.MAX_TITLE).endsWith("a…");
    }

    @Test
    void aValidationProblemListsTheFirstFieldsAndCountsThemAll() {
        List<Problem.FieldError> errors = IntStream.range(0, 250)
                .mapToObj(i -> new Problem.FieldError("programme[" + i + "].date", "expected a date")).toList();
        Problem problem = ProblemException.invalid(errors).toProblem("/api/v1/events");
        assertThat(problem.errors()).hasSize(Problem.MAX_ERRORS).first().extracting(Problem.FieldError::field)
                .isEqualTo("programme[0].date");
        assertThat(problem.detail()).isEqualTo("The request has 250 invalid fields; the first 100 are listed");
    }

    @Test
    void aProblemHasAnErrorStatus() {
        assertThatThrownBy(() -> new Problem(ProblemTypes.BLANK, "OK", 200, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
