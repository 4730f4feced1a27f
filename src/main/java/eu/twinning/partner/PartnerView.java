package eu.twinning.partner;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.i18n.Language;
import eu.twinning.http.Versioned;
import eu.twinning.i18n.LocalizedText;

/** A partner as read. */
@Schema(name = "Partner")
public record PartnerView(
        @Schema(examples = "daugavpils") String slug,
        @Schema(description = "ISO 3166-1 alpha-2", examples = "LV") String country,
        @Schema(nullable = true, description = "Empty where the sources do not say") PartnerRole role,
        PartnerKind kind,
        LocalizedText name,
        @Schema(nullable = true, examples = "Daugavpils") String localName,
        @Schema(nullable = true) LocalizedText description,
        @Schema(nullable = true) Coordinates coordinates,
        @Schema(nullable = true, examples = "https://www.daugavpils.lv") String website,
        @Schema(nullable = true, examples = "102",
                description = "Citizens it brought to the network's meetings, where known for it alone")
        Integer participants,
        Instant createdAt,
        Instant updatedAt,
        @JsonIgnore long version) implements Versioned {

    public static PartnerView of(Partner p, Language language) {
        Coordinates coordinates = p.latitude == null ? null : new Coordinates(p.latitude, p.longitude);
        return new PartnerView(p.slug, p.countryCode, p.role, p.kind, language.text(p.name), p.localName,
                language.text(p.description), coordinates, p.website, p.participants, p.createdAt, p.updatedAt, p.version);
    }
}
