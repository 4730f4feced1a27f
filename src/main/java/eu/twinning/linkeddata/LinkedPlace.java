package eu.twinning.linkeddata;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.i18n.Language;
import eu.twinning.i18n.LocalizedText;

/**
 * A schema.org Place: a venue known by its name only, or a partner by its @id (its own document says
 * whether it is a City or an AdministrativeArea, and where it lies).
 */
@Schema(name = "LinkedPlace", description = "A schema.org Place: a venue by name, or a partner by @id",
        requiredProperties = { "@type", "name" })
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@id", "@type", "name" })
public record LinkedPlace(
        @JsonProperty("@id") @Schema(description = "The partner in JSON", format = "uri", maxLength = 2000,
                examples = "http://localhost:8080/api/v1/partners/daugavpils") String id,
        @JsonProperty("@type") @Schema(enumeration = "Place") String type,
        @Schema(ref = "LinkedText") Object name) {

    /** A place known by its name (a venue, a room), or null without one. */
    public static LinkedPlace named(LocalizedText name, Language language) {
        return name == null ? null : new LinkedPlace(null, "Place", LinkedData.text(name, language));
    }

    /** A place that has a document of its own at this path under the API (a partner), linked to it. */
    public static LinkedPlace linked(URI base, String path, LocalizedText name, Language language) {
        return new LinkedPlace(LinkedData.id(base, path), "Place", LinkedData.text(name, language));
    }

    @Schema(name = "LinkedGeoCoordinates", description = "schema.org GeoCoordinates, WGS 84")
    @JsonPropertyOrder({ "@type", "latitude", "longitude" })
    public record Geo(@JsonProperty("@type") @Schema(enumeration = "GeoCoordinates") String type,
            @Schema(minimum = "-90", maximum = "90", examples = "55.875") double latitude,
            @Schema(minimum = "-180", maximum = "180", examples = "26.5356") double longitude) {
    }

    @Schema(name = "LinkedPostalAddress", description = "schema.org PostalAddress: the country only")
    @JsonPropertyOrder({ "@type", "addressCountry" })
    public record Address(@JsonProperty("@type") @Schema(enumeration = "PostalAddress") String type,
            @Schema(description = "ISO 3166-1 alpha-2", pattern = "^[A-Z]{2}$", maxLength = 2, examples = "LV")
            String addressCountry) {
    }
}
