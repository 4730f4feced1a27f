package eu.twinning.openapi;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Request bounds that version 1.1.0 publishes where the released spec (1.0.0) had none, accepted
 * as compatible, each with its reason. A request bound that narrows breaks clients in general
 * ({@link BoundChanges}); these do not, because either the server already refused every value
 * beyond them (they were enforced, not published), or the values they now refuse could never
 * select anything (an empty page or a 404 before, a 400 naming the parameter now). One, lang, does
 * refuse requests that worked; it is listed with its own reason. Each entry names its values, so a
 * later, tighter bound is not covered. An entry that no longer matches fails the test, and at the
 * next release (released.yaml then has these bounds) the list is emptied.
 */
final class AcceptedNarrowings {

    /** The released version these are judged against. */
    static final String AGAINST = "1.0.0";

    record Accepted(Pattern change, String reason) {
        Accepted(String change, String reason) {
            this(Pattern.compile(change), reason);
        }

        boolean covers(String line) {
            return change.matcher(line).find();
        }
    }

    private static final String SLUG = "\\^\\[a-z0-9\\]\\+\\(-\\[a-z0-9\\]\\+\\)\\*\\$";
    private static final String DATES = "callFigures\\.callDate|startDate|endDate|periodStart|periodEnd|programme\\[\\]\\.date|signedOn";

    static final List<Accepted> LIST = List.of(
            // Enforced already, now published.
            new Accepted(", header parameter '[A-Za-z-]+': max length from none to 16384$",
                    "all request headers together were already limited to 16 KiB (431 beyond)"),
            new Accepted(", query parameter 'page': maximum from none to 21474836$",
                    "a later page was already refused (400): its first item's offset would overflow"),
            new Accepted(", query parameter 'sort': max items from none to \\d+$",
                    "a key given twice was already refused (400), so no list had more keys than this"),
            new Accepted(", query parameter '(from|to)': max length from none to 10$",
                    "a longer value was never a date (400)"),
            new Accepted(", query parameter 'country': max length from none to 2$",
                    "its pattern, ^[A-Za-z]{2}$, was published and enforced"),
            new Accepted(", request body, field '[^']*(\\.[a-z]{2}|\\{\\*\\})': max length from none to 50000$",
                    "every text was already refused beyond its own length (@Translations, 200 to 50000)"),
            new Accepted(", request body, field '[^']*': max properties from none to 30$",
                    "a text in more than 30 languages was already refused (@Translations)"),
            new Accepted(", request body, field '(" + DATES + ")': max length from none to 10$",
                    "format date was published: a longer value was never valid"),
            new Accepted(", request body, field 'expiresAt': max length from none to 35$",
                    "format date-time was published: a longer value was never valid"),
            new Accepted(", request body, field '([^']*\\.)?country': max length from none to 2$",
                    "its pattern, ^[A-Z]{2}$, was published and enforced"),
            new Accepted(", request body, field 'programme\\[\\]\\.items\\[\\]\\.time': max length from none to 5$",
                    "its pattern, HH:mm, was published and enforced"),
            // Values that never selected anything: an error or an empty page before, a 400 now.
            new Accepted(", path parameter 'slug': (max length from none to 60|pattern from none to " + SLUG + ")$",
                    "no partner has such a slug: 404 before, 400 naming slug now"),
            new Accepted(", path parameter 'id': (minimum from none to 1|maximum from none to 9223372036854775807)$",
                    "ids start at 1 (404 before, 400 now); a larger number than a long never was one (404)"),
            new Accepted(", query parameter 'partner': max length from none to 60$",
                    "longer than any slug, it matched nothing (an empty page); 400 now"),
            new Accepted(", query parameter 'resourceType': max length from none to 40$",
                    "longer than the stored column, it matched nothing (an empty page); 400 now"),
            new Accepted(", query parameter 'resourceKey': max length from none to 100$",
                    "longer than the stored column, it matched nothing (an empty page); 400 now"),
            new Accepted(", request body, field '[^']*slug': pattern from none to " + SLUG + "$",
                    "a reference that is no slug named no partner: refused before (400 'no partner'), and now"),
            new Accepted(", request body, field 'event\\.id': (minimum from none to 1|maximum from none to 9223372036854775807)$",
                    "no event has such an id: refused before (400 'no event'), and now"),
            // The one narrowing of requests that worked.
            new Accepted(", query parameter 'lang': max length from none to 35$",
                    "a well-formed language tag of 36 or more characters fell back to English (200); it is"
                            + " refused now (400). RFC 5646 (4.4.1) sizes tags at 35, which every tag in use fits"));

    private AcceptedNarrowings() {
    }
}
