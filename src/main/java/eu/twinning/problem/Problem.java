package eu.twinning.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the one shape of every error this API returns. Its texts may echo
 * what a client sent (a path, an unknown property, a bad value), so each is cut at a published
 * length, and a validation problem lists at most {@link #MAX_ERRORS} fields: an error never grows
 * with the request that caused it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = { "type", "title", "status" })
public record Problem(
        @Schema(description = "Identifies the kind of problem", maxLength = MAX_TYPE,
                examples = "urn:twinning:problem:validation") String type,
        @Schema(maxLength = MAX_TITLE, examples = "Request is invalid") String title,
        @Schema(minimum = "400", maximum = "599", examples = "400") int status,
        @Schema(maxLength = MAX_DETAIL, examples = "The request has 1 invalid field") String detail,
        @Schema(description = "The request path", maxLength = MAX_INSTANCE, examples = "/api/v1/partners") String instance,
        @Schema(description = "The offending fields, for validation problems (the first " + MAX_ERRORS + ")",
                maxItems = MAX_ERRORS) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final int MAX_TYPE = 100;
    public static final int MAX_TITLE = 100;
    public static final int MAX_DETAIL = 1000;
    public static final int MAX_INSTANCE = 2048;
    public static final int MAX_ERRORS = 100;

    public Problem {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem has an error status, not " + status);
        }
        type = cut(type, MAX_TYPE);
        title = cut(title, MAX_TITLE);
        detail = cut(detail, MAX_DETAIL);
        instance = cut(instance, MAX_INSTANCE);
        errors = errors == null || errors.size() <= MAX_ERRORS ? errors : List.copyOf(errors.subList(0, MAX_ERRORS));
    }

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "JSON path of the field or name of the parameter", maxLength = MAX_FIELD,
                    examples = "name.en") String field,
            @Schema(maxLength = MAX_MESSAGE, examples = "must not be blank") String message) {

        public static final int MAX_FIELD = 200;
        public static final int MAX_MESSAGE = 1000;

        public FieldError {
            field = cut(field, MAX_FIELD);
            message = cut(message, MAX_MESSAGE);
        }
    }

    /** The text, or its start and "…" to make it {@code max} characters, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
