package eu.twinning.problem;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Explains Jackson's reading errors in the client's terms: which field, and what was expected there. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static ProblemException describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ProblemException.invalid(pathOf(unknown), "unknown property; allowed: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")));
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return ProblemException.invalid(pathOf(format), "'" + format.getValue() + "' is not one of: "
                    + Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString)
                            .collect(Collectors.joining(", ")));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return ProblemException.invalid(pathOf(mismatch), "expected " + expected(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ProblemException.invalid(pathOf(mapping), "has an invalid value");
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        // A parser's own message speaks of the text (a duplicate key, a missing quote); a mapping
        // message without a path would name Java types, so it is not passed on.
        String what = e instanceof StreamReadException ? e.getOriginalMessage()
                : "The body is not a JSON document of the expected shape";
        return new ProblemException(400, ProblemTypes.MALFORMED_BODY, "Malformed JSON", what + where, null);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (java.time.LocalDate.class == type) {
            return "a date like 2018-11-09";
        }
        if (java.time.Instant.class == type) {
            return "a date and time like 2027-12-31T23:59:59Z";
        }
        if (java.time.LocalTime.class == type) {
            return "a time like 09:30";
        }
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "an object";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }
}
