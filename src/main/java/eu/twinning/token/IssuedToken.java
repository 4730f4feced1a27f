package eu.twinning.token;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.security.Role;
import eu.twinning.partner.PartnerRef;

/** The answer to issuing a token: the only time the token itself is ever shown. */
@Schema(name = "IssuedToken")
public record IssuedToken(
        @Schema(minimum = "1", examples = "3") long id,
        @Schema(maxLength = TokenInput.MAX_NAME) String name,
        Role role,
        @Schema(nullable = true, description = "The partner an editor edits for") PartnerRef partner,
        Instant createdAt,
        @Schema(nullable = true) Instant expiresAt,
        @Schema(description = "The bearer token. Store it now: it cannot be read again.", maxLength = TokenSecrets.LENGTH,
                pattern = TokenSecrets.PATTERN,
                examples = "twn_3q2-7wEhJb0n5k8Zr1tVx9yQpLmN4cD6fGhJkLmNoPq") String token) {

    static IssuedToken of(TokenView view, String token) {
        return new IssuedToken(view.id(), view.name(), view.role(), view.partner(), view.createdAt(),
                view.expiresAt(), token);
    }
}
