package eu.twinning.i18n;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RawCollationKey;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;

/**
 * Keys that sort texts as a language's readers expect (its CLDR collation: Latvian Š after S, Ł
 * after L), stored with the rows so that a database orders by them with an index, alike on H2 and
 * PostgreSQL. A key is the collation key's bytes in hex, cut at {@link #MAX_BYTES}: a column of
 * twice as many characters holds any text's key, however long the text or whatever its folding
 * (ß is two letters), and texts alike in their first bytes tie, which a list breaks by id.
 * Lower-case hex sorts as its bytes do in every collation a database may use.
 */
public final class CollationKeys {

    public static final int MAX_BYTES = 100;
    public static final int MAX_LENGTH = 2 * MAX_BYTES;

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final Map<String, Collator> COLLATORS = new ConcurrentHashMap<>();

    private CollationKeys() {
    }

    public static String of(String language, String text) {
        RawCollationKey key = collator(language).getRawCollationKey(text, null);
        int length = Math.min(key.size - 1, MAX_BYTES); // without the key's terminating 0
        char[] hex = new char[2 * length];
        for (int i = 0; i < length; i++) {
            hex[2 * i] = HEX[(key.bytes[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[key.bytes[i] & 0xf];
        }
        return new String(hex);
    }

    /**
     * The version of the collations of some languages: keys made under another version may order
     * differently (a new ICU with new CLDR data), so stored keys are made again when it changes.
     */
    public static String version(Collection<String> languages) {
        StringBuilder version = new StringBuilder("icu ").append(VersionInfo.ICU_VERSION);
        for (String language : new TreeSet<>(languages)) {
            version.append(' ').append(language).append('=').append(collator(language).getVersion());
        }
        return version.toString();
    }

    /** Frozen collators are safe to share between threads. */
    private static Collator collator(String language) {
        return COLLATORS.computeIfAbsent(language, tag -> Collator.getInstance(ULocale.forLanguageTag(tag)).freeze());
    }
}
