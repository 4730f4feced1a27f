package eu.twinning.network;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.partner.PartnerInput;

/** Figures of the funding call the project won, overall and per country. */
@Schema(name = "CallFigures")
public record CallFigures(
        @Schema(nullable = true, examples = "2018-03-01") LocalDate callDate,
        @PositiveOrZero @Max(1_000_000) @Schema(nullable = true, examples = "382") Integer projectsSubmitted,
        @PositiveOrZero @Max(1_000_000) @Schema(nullable = true, examples = "137") Integer projectsFunded,
        @Size(max = 60) @Schema(nullable = true) List<@NotNull @Valid CountryFigures> byCountry) {

    @Schema(name = "CountryCallFigures")
    public record CountryFigures(
            @NotNull @Pattern(regexp = PartnerInput.COUNTRY, message = "must be an ISO 3166-1 alpha-2 code such as LV")
            @Schema(maxLength = 2, examples = "LV") String country,
            @PositiveOrZero @Max(1_000_000) @Schema(nullable = true, examples = "3") Integer projectsSubmitted,
            @PositiveOrZero @Max(1_000_000) @Schema(nullable = true, examples = "3") Integer projectsFunded,
            @Size(max = 100) @Schema(nullable = true) List<@NotNull @Size(max = 200) String> fundedApplicants) {
    }
}
