package eu.twinning.http;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Dates and instants as the spec publishes them (RFC 3339 full-date and date-time: format date,
 * format date-time, and these lengths), and nothing else: Jackson's own readers would also take a
 * date-time for a date, a number of seconds for an instant, arrays and years past 9999.
 */
public final class IsoDates {

    /** 2018-11-09 */
    public static final int DATE_LENGTH = 10;
    /** 2018-11-09T10:00:00.123456789+01:00: nanoseconds and an offset at most. */
    public static final int DATE_TIME_MAX_LENGTH = 35;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern
            .compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private IsoDates() {
    }

    /** The date, or null when the text is not a date like 2018-11-09. */
    public static LocalDate date(String text) {
        return parse(text, DATE, LocalDate::parse);
    }

    /** The instant, or null when the text is not a date-time like 2027-12-31T23:59:59Z. */
    public static Instant instant(String text) {
        return parse(text, DATE_TIME, t -> OffsetDateTime.parse(t).toInstant());
    }

    private static <T> T parse(String text, Pattern shape, Function<String, T> parser) {
        if (text == null || !shape.matcher(text).matches()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Readers for bodies: a value of another shape is refused as the wrong type for its field. */
    static SimpleModule module() {
        return new SimpleModule("IsoDates").addDeserializer(LocalDate.class, reader(LocalDate.class, IsoDates::date))
                .addDeserializer(Instant.class, reader(Instant.class, IsoDates::instant));
    }

    private static <T> JsonDeserializer<T> reader(Class<T> type, Function<String, T> parse) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(context.handleUnexpectedToken(type, parser));
                }
                T value = parse.apply(parser.getText());
                if (value == null) {
                    return type.cast(context.handleWeirdStringValue(type, parser.getText(), "not RFC 3339"));
                }
                return value;
            }
        };
    }
}
