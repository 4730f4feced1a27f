package eu.twinning.partner;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.i18n.TextByLanguage;
import eu.twinning.i18n.Translations;

/** A partner as written. A read with lang=* can be sent back as it is: its read-only fields are ignored. */
@JsonIgnoreProperties(value = { "createdAt", "updatedAt" }, allowGetters = false)
@Schema(name = "PartnerInput")
public record PartnerInput(
        @NotNull @Size(min = 2, max = SLUG_MAX_LENGTH) @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
        @Schema(examples = "daugavpils") String slug,
        @NotNull @Pattern(regexp = COUNTRY, message = "must be an ISO 3166-1 alpha-2 code such as LV")
        @Schema(maxLength = 2, examples = "LV") String country,
        @Schema(description = "Empty where the sources do not say") PartnerRole role,
        @NotNull PartnerKind kind,
        @NotNull @Translations(max = 200) @Schema(implementation = TextByLanguage.class, required = true) Map<String, String> name,
        @Size(max = 200) @Schema(description = "Official name in the local language", examples = "Daugavpils")
        String localName,
        @Translations(max = 4000) @Schema(implementation = TextByLanguage.class) Map<String, String> description,
        @Valid Coordinates coordinates,
        @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
        @Schema(examples = "https://www.daugavpils.lv") String website,
        @PositiveOrZero @Max(1_000_000) @Schema(description = "Citizens it brought to the network's meetings, "
                + "where known for it alone", examples = "102") Integer participants) {

    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String SLUG_MESSAGE = "must be lower-case words joined by -";
    public static final int SLUG_MAX_LENGTH = 60;
    /** ISO 3166-1 alpha-2, as written: LV. */
    public static final String COUNTRY = "^[A-Z]{2}$";
}
