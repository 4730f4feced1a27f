package eu.twinning.problem;

import java.util.List;

/** A client's mistake, thrown anywhere below a resource and answered as a problem document. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Not found",
                "No " + what + " '" + id + "' exists", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemTypes.CONFLICT, "Conflict", detail, null);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : "The request has " + errors.size() + " invalid fields"
                        + (errors.size() > Problem.MAX_ERRORS ? "; the first " + Problem.MAX_ERRORS + " are listed" : "");
        return new ProblemException(400, ProblemTypes.VALIDATION, "Request is invalid", detail, errors);
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }

    /** The fields at fault, for validation problems; null for others. */
    public List<Problem.FieldError> errors() {
        return errors;
    }
}
