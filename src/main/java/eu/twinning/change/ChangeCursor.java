package eu.twinning.change;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.twinning.problem.ProblemException;

/**
 * A position in the change feed: after which change to go on, and, during a first sync, the last
 * change that existed when it began (tombstones up to there are of nothing the client has). Opaque
 * to clients, and valid on every instance and across restarts: both are positions in the database.
 */
public record ChangeCursor(long after, long firstSyncEnd) {

    /** Base64url of "v1:after:end": at most 2 × 19 digits. */
    public static final int MAX_LENGTH = 60;
    private static final Pattern FORM = Pattern.compile("v1:(\\d{1,19}):(\\d{1,19})");

    public boolean firstSync() {
        return after < firstSyncEnd;
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1:" + after + ":" + firstSyncEnd).getBytes(StandardCharsets.US_ASCII));
    }

    public static ChangeCursor decode(String since) {
        try {
            Matcher form = FORM.matcher(new String(Base64.getUrlDecoder().decode(since), StandardCharsets.US_ASCII));
            if (form.matches()) {
                return new ChangeCursor(Long.parseLong(form.group(1)), Long.parseLong(form.group(2)));
            }
        } catch (IllegalArgumentException notOurs) {
            // answered below
        }
        throw ProblemException.invalid("since", "not a cursor this API gave; start a first sync without since");
    }
}
