package eu.twinning.problem;

/** The problem types this API answers with; each is listed in the README. */
public final class ProblemTypes {
    public static final String VALIDATION = "urn:twinning:problem:validation";
    public static final String MALFORMED_BODY = "urn:twinning:problem:malformed-body";
    public static final String UNAUTHORIZED = "urn:twinning:problem:unauthorized";
    public static final String FORBIDDEN = "urn:twinning:problem:forbidden";
    public static final String NOT_FOUND = "urn:twinning:problem:not-found";
    public static final String PRECONDITION_FAILED = "urn:twinning:problem:precondition-failed";
    public static final String CONFLICT = "urn:twinning:problem:conflict";
    /** A change-feed cursor from before what the feed still keeps: sync from scratch. */
    public static final String SYNC_EXPIRED = "urn:twinning:problem:sync-expired";
    public static final String UNAVAILABLE = "urn:twinning:problem:unavailable";
    public static final String INTERNAL = "urn:twinning:problem:internal";
    /** For problems that the HTTP status says all about. */
    public static final String BLANK = "about:blank";

    private ProblemTypes() {
    }
}
