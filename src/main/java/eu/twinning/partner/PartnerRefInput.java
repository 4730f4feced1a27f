package eu.twinning.partner;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference to a partner in a written body; a read's "name" may come along and is ignored. */
@JsonIgnoreProperties(value = "name")
@Schema(name = "PartnerRefInput")
public record PartnerRefInput(@NotNull @Size(max = PartnerInput.SLUG_MAX_LENGTH)
        @Pattern(regexp = PartnerInput.SLUG, message = PartnerInput.SLUG_MESSAGE) @Schema(examples = "raska") String slug) {
}
