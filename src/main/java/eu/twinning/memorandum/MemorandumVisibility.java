package eu.twinning.memorandum;

import java.util.Map;

import eu.twinning.persistence.Criteria;
import eu.twinning.security.Caller;
import eu.twinning.security.Role;

/**
 * Who may see which memoranda, stated once for lists and single reads: signed and terminated ones
 * are public; drafts are seen by admins, moderators and the editors of a signatory.
 */
public record MemorandumVisibility(boolean seesAllDrafts, Long ownPartner) {

    public static final MemorandumVisibility EVERYTHING = new MemorandumVisibility(true, null);

    public static MemorandumVisibility of(Caller caller) {
        return new MemorandumVisibility(caller.isAdmin() || caller.isModerator(),
                caller.role() == Role.EDITOR ? caller.partnerId() : null);
    }

    public boolean allows(Memorandum memorandum) {
        return seesAllDrafts || memorandum.status != MemorandumStatus.DRAFT
                || memorandum.signatories.stream().anyMatch(p -> p.id.equals(ownPartner));
    }

    /** The same rule as {@link #allows}, as a clause on the memorandum alias m. */
    void restrict(Criteria criteria) {
        if (!seesAllDrafts) {
            // -1 matches no partner: anonymous callers see no draft.
            criteria.and("(m.status <> :draft or exists (select 1 from Memorandum o join o.signatories op "
                    + "where o = m and op.id = :own))", Map.of("draft", MemorandumStatus.DRAFT,
                            "own", ownPartner == null ? -1L : ownPartner));
        }
    }
}
