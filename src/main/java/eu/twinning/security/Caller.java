package eu.twinning.security;

import eu.twinning.problem.ProblemException;
import eu.twinning.problem.ProblemTypes;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who makes a request, as services need it for object-level checks and the audit log. Anonymous
 * callers have no role.
 */
public record Caller(String actor, Role role, Long partnerId, Long tokenId) {

    public static final String PARTNER_ID = "twinning.partnerId";
    public static final String TOKEN_ID = "twinning.tokenId";
    public static final Caller ANONYMOUS = new Caller("anonymous", null, null, null);

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        Role role = identity.getRoles().stream().map(r -> Role.valueOf(r.toUpperCase(java.util.Locale.ROOT)))
                .findFirst().orElse(null);
        return new Caller(identity.getPrincipal().getName(), role, identity.getAttribute(PARTNER_ID),
                identity.getAttribute(TOKEN_ID));
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isModerator() {
        return role == Role.MODERATOR;
    }

    /** An editor of exactly this partner. */
    public boolean edits(Long partner) {
        return role == Role.EDITOR && partnerId != null && partnerId.equals(partner);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemTypes.FORBIDDEN, "Forbidden", detail, null);
    }
}
