package eu.twinning.token;

import eu.twinning.persistence.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.twinning.audit.AuditAction;
import eu.twinning.audit.AuditLog;
import eu.twinning.security.Caller;
import eu.twinning.i18n.Language;
import eu.twinning.paging.Page;
import eu.twinning.paging.PageRequest;
import eu.twinning.problem.ProblemException;
import eu.twinning.security.Role;
import eu.twinning.partner.PartnerService;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class TokenService {

    /** lastUsedAt is written at most this often per token, so reads do not each cost a write. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final PartnerService partners;
    private final AuditLog audit;

    public TokenService(ApiTokenRepository tokens, PartnerService partners, AuditLog audit) {
        this.tokens = tokens;
        this.partners = partners;
        this.audit = audit;
    }

    public IssuedToken issue(TokenInput input, Caller caller, Language language) {
        if (input.role() == Role.EDITOR && input.partner() == null) {
            throw ProblemException.invalid("partner", "is required for an editor");
        }
        if (input.role() != Role.EDITOR && input.partner() != null) {
            throw ProblemException.invalid("partner", "only editors belong to a partner");
        }
        if (input.expiresAt() != null && !input.expiresAt().isAfter(Instant.now())) {
            throw ProblemException.invalid("expiresAt", "must be in the future");
        }
        String secret = TokenSecrets.generate();
        ApiToken token = new ApiToken();
        token.name = input.name();
        token.role = input.role();
        token.partner = partners.resolve("partner", input.partner());
        token.tokenHash = TokenSecrets.hash(secret);
        token.createdAt = Timestamps.now();
        token.expiresAt = input.expiresAt();
        tokens.persistAndFlush(token);
        TokenView view = TokenView.of(token, language);
        audit.record(caller, AuditAction.CREATE, "token", token.id, null, TokenView.of(token, Language.ALL));
        return IssuedToken.of(view, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TokenView> list(TokenFilter filter, PageRequest page, Language language) {
        var query = tokens.search(filter, page);
        return Page.of(query.<ApiToken>list().stream().map(t -> TokenView.of(t, language)).toList(), page,
                query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TokenView get(long id, Language language) {
        return TokenView.of(find(id), language);
    }

    /** Revoking twice is harmless: the first revocation time is kept. */
    public void revoke(long id, Caller caller) {
        ApiToken token = find(id);
        if (token.revokedAt == null) {
            TokenView before = TokenView.of(token, Language.ALL);
            token.revokedAt = Timestamps.now();
            audit.record(caller, AuditAction.REVOKE, "token", id, before, TokenView.of(token, Language.ALL));
        }
    }

    /**
     * Deletes every editor's token, when an import replaces the partners they belong to (an editor
     * of a partner that is replaced, even by one with its slug, is issued a new token by an admin).
     * The audit log keeps their history.
     */
    public long deleteEditorTokens() {
        return tokens.delete("partner is not null");
    }

    /** The active token with this secret, its last use noted; empty for unknown, expired or revoked. */
    public Optional<ApiToken> authenticate(String secret) {
        Instant now = Instant.now();
        Optional<ApiToken> found = tokens.findByHash(TokenSecrets.hash(secret)).filter(t -> t.isActive(now));
        found.ifPresent(t -> {
            if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
                t.lastUsedAt = now;
            }
        });
        return found;
    }

    private ApiToken find(long id) {
        return tokens.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("token", id));
    }
}
