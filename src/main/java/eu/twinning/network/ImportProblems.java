package eu.twinning.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import eu.twinning.problem.Problem;
import eu.twinning.problem.ProblemException;
import eu.twinning.problem.ProblemTypes;

/**
 * The faults of a document to import: each named by its place in the document as the client sent it
 * (partners[3].country, tables.partner[0].name), all of them counted, the first ones listed, so that
 * a large bad document gets an answer of bounded size.
 */
final class ImportProblems {

    static final int LISTED = 100;

    private final List<Problem.FieldError> listed = new ArrayList<>();
    private int count;
    private UnaryOperator<String> naming = UnaryOperator.identity();

    /** How a place in the items is named in the document the client sent (formatVersion 1 has other names). */
    void namedBy(UnaryOperator<String> naming) {
        this.naming = naming;
    }

    void add(String field, String message) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(new Problem.FieldError(naming.apply(field), message));
        }
    }

    /** Faults named relative to a place: the input of partners[3] says country, the document partners[3].country. */
    void addAll(String place, List<Problem.FieldError> errors) {
        errors.forEach(error -> add(at(place, error.field()), error.message()));
    }

    static String at(String place, String field) {
        if (field == null || field.isEmpty()) {
            return place;
        }
        return place.isEmpty() ? field : field.startsWith("[") ? place + field : place + "." + field;
    }

    boolean any() {
        return count > 0;
    }

    /** Refuses the document, whole, if anything is wrong with it. */
    void throwIfAny() {
        if (count == 0) {
            return;
        }
        String detail = count == 1 ? listed.get(0).field() + ": " + listed.get(0).message()
                : "The document has " + count + " invalid fields"
                        + (count > listed.size() ? "; the first " + listed.size() + " are listed" : "");
        throw new ProblemException(400, ProblemTypes.VALIDATION, "Request is invalid", detail, List.copyOf(listed));
    }
}
