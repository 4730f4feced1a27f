package eu.twinning.memorandum;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.i18n.TextByLanguage;
import eu.twinning.theme.Theme;
import eu.twinning.i18n.Translations;
import eu.twinning.event.EventRefInput;
import eu.twinning.partner.PartnerRefInput;

/** A memorandum as written. A read with lang=* can be sent back as it is. */
@JsonIgnoreProperties({ "id", "createdAt", "updatedAt" })
@Schema(name = "MemorandumInput")
public record MemorandumInput(
        @NotNull @Translations(max = 300) @Schema(implementation = TextByLanguage.class, required = true) Map<String, String> title,
        @Translations(max = 4000) @Schema(implementation = TextByLanguage.class) Map<String, String> description,
        @NotNull MemorandumStatus status,
        @Schema(description = "Required once signed", examples = "2018-11-09") LocalDate signedOn,
        @Translations(max = 300) @Schema(implementation = TextByLanguage.class) Map<String, String> signedPlace,
        @NotNull @Size(min = 2, max = 50) List<@NotNull @Valid PartnerRefInput> signatories,
        @Size(max = 20) Set<@NotNull Theme> areas,
        @Valid EventRefInput event) {
}
