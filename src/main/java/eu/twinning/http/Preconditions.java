package eu.twinning.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.twinning.problem.ProblemException;
import eu.twinning.problem.ProblemTypes;

/**
 * If-Match on writes (RFC 9110 13.1.1). A resource's ETag names its stored version
 * ("7-lv-3fa9c0e1b2d4a6f8", see Validators), and If-Match compares that version: an ETag read in
 * any language or format guards a write of the same stored state, and a stale one is refused
 * with 412 before anything changes. (If-None-Match on reads is ReadFinisher's and CachedReads'.)
 * Not JAX-RS's Request.evaluatePreconditions: it compares whole entity tags, which here differ by
 * language and bytes, and it runs in the resource, before the service's transaction has read the
 * version it must compare; cache hits are answered before JAX-RS is reached at all.
 */
public final class Preconditions {

    private static final Pattern TAG = Pattern.compile("\"(\\d+)-[^\"]*\"");

    private Preconditions() {
    }

    /** Refuses a write whose If-Match names no current version; no header means no condition. */
    public static void requireMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        Matcher tags = TAG.matcher(ifMatch);
        while (tags.find()) {
            // Weak tags (W/"...") never match under If-Match's strong comparison.
            boolean weak = tags.start() >= 2 && ifMatch.startsWith("W/", tags.start() - 2);
            if (!weak && tags.group(1).equals(String.valueOf(version))) {
                return;
            }
        }
        throw new ProblemException(412, ProblemTypes.PRECONDITION_FAILED, "Precondition Failed",
                "The resource has changed since it was read (If-Match " + ifMatch.trim()
                        + "); read it again, reapply the change and retry",
                null);
    }
}
