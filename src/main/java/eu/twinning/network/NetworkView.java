package eu.twinning.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.link.ExternalLink;
import eu.twinning.i18n.Language;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.i18n.Translations;
import eu.twinning.partner.PartnerInput;
import eu.twinning.http.Versioned;
import eu.twinning.i18n.LocalizedText;

@Schema(name = "Network")
public record NetworkView(
        LocalizedText name,
        @Schema(examples = "TTChan") String acronym,
        @Schema(nullable = true) LocalizedText programme,
        @Schema(nullable = true) LocalizedText strand,
        @Schema(nullable = true) LocalizedText measure,
        @Schema(nullable = true) LocalizedText aim,
        @Schema(nullable = true, examples = "601592-CITIZ-1-2018-1-LV-CITIZ-TT") String grantNumber,
        @Schema(nullable = true, examples = "2018-11-08") LocalDate periodStart,
        @Schema(nullable = true, examples = "2018-11-12") LocalDate periodEnd,
        @Schema(nullable = true, examples = "159") Integer totalParticipants,
        @Schema(nullable = true) CallFigures callFigures,
        List<ExternalLink.View> links,
        @Schema(description = "Countries of the partners (ISO 3166-1 alpha-2), derived from the partner list",
                maxItems = 26 * 26) List<@Size(max = 2) @Pattern(regexp = PartnerInput.COUNTRY) String> partnerCountries,
        @Schema(description = "Languages a read can be answered in", maxItems = Translations.MAX_LANGUAGES)
        List<@Size(max = LanguageResolver.MAX_TAG_LENGTH) String> languages,
        Instant updatedAt,
        @JsonIgnore long version) implements Versioned {

    static NetworkView of(Network n, List<String> partnerCountries, List<String> languages, Language language) {
        return new NetworkView(language.text(n.name), n.acronym, language.text(n.programme), language.text(n.strand),
                language.text(n.measure), language.text(n.aim), n.grantNumber, n.periodStart, n.periodEnd,
                n.totalParticipants, n.callFigures,
                n.links == null ? List.of() : n.links.stream().map(l -> ExternalLink.View.of(l, language)).toList(),
                partnerCountries, languages, n.updatedAt, n.version);
    }
}
