package eu.twinning.goodpractice;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.link.ExternalLink;
import eu.twinning.i18n.TextByLanguage;
import eu.twinning.theme.Theme;
import eu.twinning.i18n.Translations;
import eu.twinning.event.EventRefInput;
import eu.twinning.partner.PartnerRefInput;

/**
 * A good practice as written. The review fields of a read (status, dates, reason) are ignored:
 * they change only through a review.
 */
@JsonIgnoreProperties({ "id", "status", "submittedAt", "reviewedAt", "reviewReason", "createdAt", "updatedAt" })
@Schema(name = "GoodPracticeInput")
public record GoodPracticeInput(
        @NotNull @Valid PartnerRefInput partner,
        @NotNull @Translations(max = 300) @Schema(implementation = TextByLanguage.class, required = true) Map<String, String> title,
        @NotNull @Translations(max = 2000) @Schema(implementation = TextByLanguage.class, required = true) Map<String, String> summary,
        @Translations(max = 50_000) @Schema(implementation = TextByLanguage.class) Map<String, String> body,
        @NotNull @Size(min = 1, max = 8) Set<@NotNull Theme> themes,
        @Size(max = 20) List<@NotNull @Valid ExternalLink> links,
        @Valid EventRefInput event) {
}
