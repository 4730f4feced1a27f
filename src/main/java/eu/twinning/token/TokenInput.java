package eu.twinning.token;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.security.Role;
import eu.twinning.partner.PartnerRefInput;

/** A token to issue: editors belong to one partner, admins and moderators to none. */
@Schema(name = "TokenInput")
public record TokenInput(
        @NotBlank @Size(max = MAX_NAME) @Schema(examples = "Raška website editor") String name,
        @NotNull Role role,
        @Valid @Schema(description = "Required for editors, refused for other roles") PartnerRefInput partner,
        @Schema(description = "When the token stops working; empty for never", examples = "2027-12-31T23:59:59Z")
        Instant expiresAt) {

    public static final int MAX_NAME = 100;
}
