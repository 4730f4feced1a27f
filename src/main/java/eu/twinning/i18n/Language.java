package eu.twinning.i18n;

import java.util.Map;
import java.util.TreeMap;

/**
 * The language a read answers in: one tag (with the fallback for missing translations), or all
 * languages at once (?lang=*), so that an editor can read, change and write back whole texts.
 */
public record Language(String tag) {

    /** Every text has English; a missing translation falls back to it. */
    public static final String FALLBACK = "en";
    public static final Language ALL = new Language(null);

    public boolean isAll() {
        return tag == null;
    }

    /** The reader's text of a per-language field, or null when the field is empty. */
    public LocalizedText text(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (isAll()) {
            // By tag, not as stored: PostgreSQL's jsonb keeps an object's keys in an order of its own
            // (shorter first), so the stored order would make the answer to a write and a later read
            // of what it stored differ in bytes, and in ETag.
            return new LocalizedText(new TreeMap<>(values));
        }
        return new LocalizedText(pick(values));
    }

    /** The text a reader of this language sees: its own, else the fallback's, else the first by tag (all: the fallback's). */
    public String pick(Map<String, String> values) {
        return values.get(pickTag(values));
    }

    /** The language of the text {@link #pick} gives: this one's, or the fallback's, or the first by tag. */
    public String pickTag(Map<String, String> values) {
        if (!isAll() && values.get(tag) != null) {
            return tag;
        }
        if (values.get(FALLBACK) != null) {
            return FALLBACK;
        }
        return new TreeMap<>(values).firstKey();
    }

    /** The language whose order a list follows: its own, or for all languages the fallback's. */
    public String sortTag() {
        return isAll() ? FALLBACK : tag;
    }
}
