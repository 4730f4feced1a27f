package eu.twinning.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

import eu.twinning.security.Caller;
import eu.twinning.security.Role;
import eu.twinning.config.TwinningConfig;

/**
 * Turns a bearer token into an identity: the bootstrap admin token of TWINNING_ADMIN_TOKEN, or an
 * active token issued through /api/v1/tokens. Unknown, expired and revoked tokens all fail alike.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    static final String BOOTSTRAP_ADMIN = "bootstrap admin";
    private static final Logger LOG = Logger.getLogger(TokenIdentityProvider.class);
    private final byte[] adminToken;
    private final TokenService tokens;

    public TokenIdentityProvider(TwinningConfig config, TokenService tokens) {
        this.adminToken = config.adminToken().filter(t -> !t.isBlank())
                .map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String presented = request.getToken().getToken();
        // Constant-time comparison, so response timing does not reveal how much of a guess was right.
        if (adminToken != null && MessageDigest.isEqual(adminToken, presented.getBytes(StandardCharsets.UTF_8))) {
            return Uni.createFrom().item(identity(BOOTSTRAP_ADMIN, Role.ADMIN, null, null));
        }
        if (!presented.startsWith(TokenSecrets.PREFIX)) {
            LOG.debug("Refused a bearer token: not one of this API's");
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        // The log names a token by id and name only: never its secret nor its hash.
        return context.runBlocking(() -> tokens.authenticate(presented)
                .map(t -> {
                    LOG.debugf("Authenticated token %d (%s)", t.id, t.name);
                    return identity("token " + t.id + " (" + t.name + ")", t.role,
                            t.partner == null ? null : t.partner.id, t.id);
                })
                .orElseThrow(() -> {
                    LOG.debug("Refused a bearer token: unknown, expired or revoked");
                    return new AuthenticationFailedException();
                }));
    }

    private static SecurityIdentity identity(String actor, Role role, Long partnerId, Long tokenId) {
        var builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(actor))
                .addRole(role.toString());
        if (partnerId != null) {
            builder.addAttribute(Caller.PARTNER_ID, partnerId);
        }
        if (tokenId != null) {
            builder.addAttribute(Caller.TOKEN_ID, tokenId);
        }
        return builder.build();
    }
}
