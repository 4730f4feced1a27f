package eu.twinning.goodpractice;

import java.util.Map;

import eu.twinning.persistence.Criteria;
import eu.twinning.security.Caller;
import eu.twinning.security.Role;

/**
 * Who may see which good practices, stated once for lists and single reads: published items are
 * public; admins and moderators see all, an editor also its own partner's items in any state.
 */
public record GoodPracticeVisibility(boolean seesAll, Long ownPartner) {

    public static final GoodPracticeVisibility EVERYTHING = new GoodPracticeVisibility(true, null);
    public static final GoodPracticeVisibility PUBLIC = new GoodPracticeVisibility(false, null);

    public static GoodPracticeVisibility of(Caller caller) {
        return new GoodPracticeVisibility(caller.isAdmin() || caller.isModerator(),
                caller.role() == Role.EDITOR ? caller.partnerId() : null);
    }

    public boolean allows(GoodPractice practice) {
        return seesAll || practice.status == GoodPracticeStatus.PUBLISHED || practice.partner.id.equals(ownPartner);
    }

    /** The same rule as {@link #allows}, as a clause on the good-practice alias g. */
    void restrict(Criteria criteria) {
        if (!seesAll) {
            // -1 matches no partner: anonymous callers see published items only.
            criteria.and("(g.status = :published or g.partner.id = :own)", Map.of(
                    "published", GoodPracticeStatus.PUBLISHED, "own", ownPartner == null ? -1L : ownPartner));
        }
    }
}
