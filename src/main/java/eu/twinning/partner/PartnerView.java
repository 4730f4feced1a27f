package eu.twinning.partner;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.common.Coordinates;
import eu.twinning.common.Language;
import eu.twinning.common.Versioned;
import eu.twinning.common.LocalizedText;

/** A partner as read. */
@Schema(name = "Partner")
public record PartnerView(
        @Schema(examples = "daugavpils") String slug,
        @Schema(description = "ISO 3166-1 alpha-2", examples = "LV") String country,
        PartnerRole role,
        PartnerKind kind,
        LocalizedText name,
        @Schema(examples = "Daugavpils") String localName,
        LocalizedText description,
        Coordinates coordinates,
        @Schema(examples = "https://www.daugavpils.lv") String website,
        @Schema(examples = "102") Integer participants,
        Instant createdAt,
        Instant updatedAt,
        @JsonIgnore long version) implements Versioned {

    public static PartnerView of(Partner p, Language language) {
        Coordinates coordinates = p.latitude == null ? null : new Coordinates(p.latitude, p.longitude);
        return new PartnerView(p.slug, p.countryCode, p.role, p.kind, language.text(p.name), p.localName,
                language.text(p.description), coordinates, p.website, p.participants, p.createdAt, p.updatedAt, p.version);
    }
}
