package eu.twinning.token;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.i18n.Language;
import eu.twinning.security.Role;
import eu.twinning.partner.PartnerRef;

/** A token's record: never the token itself nor its hash. */
@Schema(name = "Token")
public record TokenView(
        @Schema(minimum = "1", examples = "3") long id,
        @Schema(examples = "Raška website editor") String name,
        Role role,
        @Schema(nullable = true, description = "The partner an editor edits for") PartnerRef partner,
        Instant createdAt,
        @Schema(nullable = true) Instant expiresAt,
        @Schema(nullable = true) Instant lastUsedAt,
        @Schema(nullable = true) Instant revokedAt,
        @Schema(description = "Neither revoked nor expired") boolean active) {

    static TokenView of(ApiToken t, Language language) {
        return new TokenView(t.id, t.name, t.role, PartnerRef.of(t.partner, language), t.createdAt, t.expiresAt,
                t.lastUsedAt, t.revokedAt, t.isActive(Instant.now()));
    }
}
