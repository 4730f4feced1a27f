package eu.twinning.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.i18n.TextByLanguage;
import eu.twinning.i18n.Translations;
import eu.twinning.partner.PartnerInput;
import eu.twinning.partner.PartnerRefInput;

/** An event as written, programme and delegations included; they replace the stored ones. */
@JsonIgnoreProperties({ "id", "createdAt", "updatedAt" })
@Schema(name = "EventInput")
public record EventInput(
        @NotNull @Translations(max = 300) @Schema(implementation = TextByLanguage.class, required = true) Map<String, String> title,
        @Translations(max = 4000) @Schema(implementation = TextByLanguage.class) Map<String, String> description,
        @NotNull EventType type,
        @NotNull @Schema(examples = "2018-11-08") LocalDate startDate,
        @NotNull @Schema(examples = "2018-11-12") LocalDate endDate,
        @Translations(max = 300) @Schema(implementation = TextByLanguage.class) Map<String, String> venue,
        @Valid PartnerRefInput host,
        @PositiveOrZero @Max(1_000_000) @Schema(examples = "159") Integer totalParticipants,
        @Size(max = 300) List<@NotNull @Valid DelegationInput> delegations,
        @Size(max = 366) List<@NotNull @Valid DayInput> programme) {

    @Schema(name = "DelegationInput")
    public record DelegationInput(
            @NotNull @Pattern(regexp = PartnerInput.COUNTRY, message = "must be an ISO 3166-1 alpha-2 code such as LT")
            @Schema(maxLength = 2, examples = "LT") String country,
            @PositiveOrZero @Max(1_000_000) @Schema(examples = "15") Integer participants,
            @Size(max = 50) List<@NotNull @Valid PartnerRefInput> partners) {
    }

    @Schema(name = "ProgrammeDayInput")
    public record DayInput(
            @NotNull @Schema(examples = "2018-11-09") LocalDate date,
            @Translations(max = 300) @Schema(implementation = TextByLanguage.class) Map<String, String> title,
            @Size(max = 100) List<@NotNull @Valid ItemInput> items) {
    }

    @Schema(name = "ProgrammeItemInput")
    public record ItemInput(
            @JsonFormat(pattern = "HH:mm")
            @Schema(type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$", maxLength = 5, examples = "09:30",
                    description = "Local start time, where known") LocalTime time,
            @NotNull @Translations(max = 300) @Schema(implementation = TextByLanguage.class, required = true) Map<String, String> title,
            @Translations(max = 300) @Schema(implementation = TextByLanguage.class) Map<String, String> place,
            @Translations(max = 4000) @Schema(implementation = TextByLanguage.class) Map<String, String> description) {
    }
}
