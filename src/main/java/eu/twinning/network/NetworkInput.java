package eu.twinning.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.link.ExternalLink;
import eu.twinning.i18n.TextByLanguage;
import eu.twinning.i18n.Translations;

/** The network as written; partnerCountries and languages of a read are derived and ignored. */
@JsonIgnoreProperties({ "partnerCountries", "languages", "updatedAt" })
@Schema(name = "NetworkInput")
public record NetworkInput(
        @NotNull @Translations(max = 300) @Schema(implementation = TextByLanguage.class, required = true) Map<String, String> name,
        @NotBlank @Size(max = 40) @Schema(examples = "TTChan") String acronym,
        @Translations(max = 300) @Schema(implementation = TextByLanguage.class) Map<String, String> programme,
        @Translations(max = 300) @Schema(implementation = TextByLanguage.class) Map<String, String> strand,
        @Translations(max = 300) @Schema(implementation = TextByLanguage.class) Map<String, String> measure,
        @Translations(max = 4000) @Schema(implementation = TextByLanguage.class) Map<String, String> aim,
        @Size(max = 100) @Schema(examples = "601592-CITIZ-1-2018-1-LV-CITIZ-TT") String grantNumber,
        @Schema(examples = "2018-11-08") LocalDate periodStart,
        @Schema(examples = "2018-11-12") LocalDate periodEnd,
        @PositiveOrZero @Max(10_000_000) @Schema(examples = "159") Integer totalParticipants,
        @Valid CallFigures callFigures,
        @Size(max = 20) List<@NotNull @Valid ExternalLink> links) {
}
