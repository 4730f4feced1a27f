package eu.twinning.http;

import eu.twinning.persistence.SearchText;
import eu.twinning.problem.ProblemException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parses query parameters, answering a bad value with a 400 problem that names the parameter. */
public final class Params {

    private static final Pattern COUNTRY = Pattern.compile("^[A-Za-z]{2}$");
    /** The length of q: at most MAX_QUERY characters as sent, at least MIN_QUERY once trimmed. */
    public static final int MIN_QUERY = 2;
    public static final int MAX_QUERY = 100;

    private Params() {
    }

    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "must be an integer from " + min + " to " + max);
    }

    public static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        LocalDate date = IsoDates.date(value);
        if (date == null) {
            throw ProblemException.invalid(name, "must be a date like 2018-11-09");
        }
        return date;
    }

    /** A date-time with an offset, like 2026-12-01T00:00:00Z. */
    public static java.time.Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        java.time.Instant instant = IsoDates.instant(value);
        if (instant == null) {
            throw ProblemException.invalid(name, "must be a date-time with an offset like 2026-12-01T00:00:00Z");
        }
        return instant;
    }

    /** An ISO 3166-1 alpha-2 code, in any case; answered in upper case. */
    public static String country(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!COUNTRY.matcher(value).matches()) {
            throw ProblemException.invalid(name, "must be an ISO 3166-1 alpha-2 country code such as LV");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    /** An enum given by its API code (lower case, as in JSON). */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.toString().equals(value))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(name, "'" + value + "' is not one of: "
                        + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                                .collect(Collectors.joining(", "))));
    }

    /**
     * Free text for q: at most 100 characters as sent (the bound the spec publishes, so padding cannot
     * carry a longer text past it), and at least 2 once trimmed.
     */
    public static String query(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() < MIN_QUERY || value.length() > MAX_QUERY) {
            throw ProblemException.invalid("q", "must have " + MIN_QUERY + " to " + MAX_QUERY
                    + " characters (at least " + MIN_QUERY + " besides spaces)");
        }
        return SearchText.fold(trimmed);
    }
}
