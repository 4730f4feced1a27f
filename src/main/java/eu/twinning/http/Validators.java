package eu.twinning.http;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import eu.twinning.security.Sha256;

/**
 * The validators of a representation (RFC 9110 8.8) and the conditions that compare them. ETags
 * are strong and change whenever any byte of a representation does: they are a digest of the bytes
 * themselves, so that a representation showing other resources (an event shows its host's name)
 * is new when those change, and every instance gives the same bytes the same tag. A stored
 * resource's tag also names its version, which If-Match compares (Preconditions). Last-Modified
 * is when the network's data last changed: coarser, but never earlier than any change it shows.
 */
public final class Validators {

    private static final HexFormat HEX = HexFormat.of();
    /** IMF-fixdate (RFC 9110 5.6.7); RFC_1123_DATE_TIME would write one-digit days. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Validators() {
    }

    /** The longest tag: quotes, a version (a long), a language tag, 16 hex digits and two hyphens. */
    public static final int MAX_LENGTH = 2 + 19 + eu.twinning.i18n.LanguageResolver.MAX_TAG_LENGTH + 16 + 2;

    /** "7-lv-3fa9c0e1b2d4a6f8": version (when the body is one stored resource), language, digest. */
    public static String of(Long version, String language, byte[] body) {
        StringBuilder tag = new StringBuilder(40).append('"');
        if (version != null) {
            tag.append(version).append('-');
        }
        return tag.append(language == null ? "all" : language).append('-').append(digest(body)).append('"')
                .toString();
    }

    /** If-None-Match's weak comparison (RFC 9110 13.1.2): "*", or any listed tag, W/ or not. */
    static boolean noneMatchFails(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String header = ifNoneMatch.trim();
        if (header.equals("*")) {
            return true;
        }
        int from = 0;
        while (from < header.length()) {
            int start = header.indexOf('"', from);
            if (start < 0) {
                return false;
            }
            int end = header.indexOf('"', start + 1);
            if (end < 0) {
                return false;
            }
            if (header.regionMatches(start, etag, 0, etag.length()) && end - start + 1 == etag.length()) {
                return true;
            }
            from = end + 1;
        }
        return false;
    }

    /**
     * Whether a GET may be answered 304: If-None-Match when sent (weak comparison), else
     * If-Modified-Since, at the one-second precision of HTTP dates.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return noneMatchFails(ifNoneMatch, etag);
        }
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince.trim()));
            return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // RFC 9110 13.1.3: an invalid date is ignored
        }
    }

    /** An HTTP date (IMF-fixdate). */
    public static String httpDate(Instant time) {
        return HTTP_DATE.format(time);
    }

    /** 64 bits of SHA-256: collisions are out of reach for the representations of one network. */
    private static String digest(byte[] body) {
        return HEX.formatHex(Sha256.of(body), 0, 8);
    }
}
