package eu.twinning.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedNumericRange;
import org.openapitools.openapidiff.core.model.schema.ChangedPattern;

/**
 * Judges the bounds of a value (lengths, ranges, counts, pattern, format) by the direction of the
 * change, where openapi-diff judges some of them by kind alone (any new pattern breaks, even in a
 * response). A bound that narrows what a client may send breaks clients that sent more; one that
 * widens what the server may answer breaks clients that relied on less. So a request's bounds may
 * only widen, and a response's may only narrow: a bound published on an answer where there was
 * none promises more and breaks nobody.
 */
final class BoundChanges {

    private final boolean request;
    private final List<String> breaking = new ArrayList<>();

    private BoundChanges(boolean request) {
        this.request = request;
    }

    /** Each bound of this schema whose change breaks clients: "max length from none to 60". */
    static List<String> breaking(ChangedSchema schema) {
        BoundChanges bounds = new BoundChanges(schema.getContext().isRequest());
        if (schema.getMaxLength() != null) {
            bounds.upper("max length", schema.getMaxLength().getOldValue(), schema.getMaxLength().getNewValue());
        }
        if (schema.getMinLength() != null) {
            bounds.lower("min length", schema.getMinLength().getOldValue(), schema.getMinLength().getNewValue());
        }
        if (schema.getMaxItems() != null) {
            bounds.upper("max items", schema.getMaxItems().getOldValue(), schema.getMaxItems().getNewValue());
        }
        if (schema.getMinItems() != null) {
            bounds.lower("min items", schema.getMinItems().getOldValue(), schema.getMinItems().getNewValue());
        }
        if (schema.getMaxProperties() != null) {
            bounds.upper("max properties", schema.getMaxProperties().getOldValue(),
                    schema.getMaxProperties().getNewValue());
        }
        if (schema.getMinProperties() != null) {
            bounds.lower("min properties", schema.getMinProperties().getOldValue(),
                    schema.getMinProperties().getNewValue());
        }
        ChangedNumericRange range = schema.getNumericRange();
        if (range != null) {
            bounds.lower("minimum", range.getOldMinimumValue(), range.getNewMinimumValue());
            bounds.upper("maximum", range.getOldMaximumValue(), range.getNewMaximumValue());
        }
        ChangedPattern pattern = schema.getPattern();
        if (pattern != null && !Objects.equals(pattern.getOldPattern(), pattern.getNewPattern())) {
            // Two patterns cannot be compared: a changed one may refuse or admit anything.
            bounds.judge("pattern", pattern.getOldPattern(), pattern.getNewPattern(), pattern.getNewPattern() != null,
                    pattern.getOldPattern() != null);
        }
        if (formatOnly(schema)) {
            String before = schema.getOldSchema().getFormat();
            String after = schema.getNewSchema().getFormat();
            bounds.judge("format", before, after, after != null, before != null);
        }
        return bounds.breaking;
    }

    /** A format added to, or taken from, a value of the same type: a bound (int32 admits fewer integers). */
    static boolean formatOnly(ChangedSchema schema) {
        var before = schema.getOldSchema();
        var after = schema.getNewSchema();
        return before != null && after != null && Objects.equals(before.getType(), after.getType())
                && !Objects.equals(before.getFormat(), after.getFormat())
                && (before.getFormat() == null || after.getFormat() == null);
    }

    private <T extends Comparable<T>> void upper(String kind, T before, T after) {
        judge(kind, before, after, after != null && (before == null || after.compareTo(before) < 0),
                before != null && (after == null || after.compareTo(before) > 0));
    }

    private <T extends Comparable<T>> void lower(String kind, T before, T after) {
        judge(kind, before, after, after != null && (before == null || after.compareTo(before) > 0),
                before != null && (after == null || after.compareTo(before) < 0));
    }

    private void judge(String kind, Object before, Object after, boolean narrowed, boolean widened) {
        if (request ? narrowed : widened) {
            breaking.add(kind + " from " + text(before) + " to " + text(after));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "none";
        }
        return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }
}
