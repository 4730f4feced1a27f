package eu.twinning.partner;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.http.RequestLimits;
import eu.twinning.i18n.Language;
import eu.twinning.i18n.LocalizedText;

/**
 * The partners on a map: a GeoJSON FeatureCollection (RFC 7946) of Points at [longitude, latitude]
 * (WGS 84, the only system GeoJSON has: no crs member). Partners without coordinates cannot be
 * drawn; they are counted in the foreign member withoutCoordinates instead, so that a map can say
 * how many it does not show.
 */
@Schema(name = "PartnerMap", description = "A GeoJSON FeatureCollection (RFC 7946) of the partners that have coordinates",
        requiredProperties = { "type", "features", "withoutCoordinates", "truncated" })
@JsonPropertyOrder({ "type", "bbox", "features", "withoutCoordinates", "truncated" })
public record PartnerMap(
        @Schema(enumeration = "FeatureCollection") String type,
        @Schema(description = "[west, south, east, north] of the features; absent when there are none",
                minItems = 4, maxItems = 4)
        @JsonInclude(JsonInclude.Include.NON_NULL) double[] bbox,
        @Schema(maxItems = MAX_FEATURES) List<Feature> features,
        @Schema(description = "Partners of the filter that have no coordinates, and so are not features", minimum = "0",
                examples = "1")
        long withoutCoordinates,
        @Schema(description = "Whether more partners have coordinates than the " + PartnerMap.MAX_FEATURES
                + " features a map holds (the first by name are given; narrow the filter)")
        boolean truncated) {

    /** A map of more points is no longer one a page shows; the list pages through any number. */
    public static final int MAX_FEATURES = 1000;
    public static final String MEDIA_TYPE = "application/geo+json";

    @Schema(name = "PartnerFeature", description = "A GeoJSON Feature: one partner as a Point")
    public record Feature(@Schema(enumeration = "Feature") String type,
            @Schema(description = "The partner's slug", maxLength = PartnerInput.SLUG_MAX_LENGTH,
                    pattern = PartnerInput.SLUG, examples = "daugavpils") String id,
            Point geometry, Properties properties) {
    }

    @Schema(name = "PartnerPoint", description = "A GeoJSON Point")
    public record Point(@Schema(enumeration = "Point") String type,
            @Schema(description = "[longitude, latitude], WGS 84", minItems = 2, maxItems = 2) double[] coordinates) {
    }

    @Schema(name = "PartnerFeatureProperties")
    public record Properties(@Schema(maxLength = PartnerInput.SLUG_MAX_LENGTH, pattern = PartnerInput.SLUG,
            examples = "daugavpils") String slug, LocalizedText name,
            @Schema(description = "ISO 3166-1 alpha-2", maxLength = 2, pattern = PartnerInput.COUNTRY, examples = "LV")
            String country,
            @Schema(nullable = true) PartnerRole role, PartnerKind kind,
            @Schema(description = "The partner in JSON", format = "uri", maxLength = RequestLimits.MAX_URL,
                    examples = "http://localhost:8080/api/v1/partners/daugavpils") String url) {
    }

    /** The map of these partners (each with coordinates), in the reader's language, linked under base. */
    static PartnerMap of(List<Partner> located, long withoutCoordinates, Language language, URI base) {
        boolean truncated = located.size() > MAX_FEATURES;
        List<Partner> shown = truncated ? located.subList(0, MAX_FEATURES) : located;
        List<Feature> features = shown.stream().map(p -> new Feature("Feature", p.slug,
                new Point("Point", new double[] { p.longitude, p.latitude }),
                new Properties(p.slug, language.text(p.name), p.countryCode, p.role, p.kind,
                        base.resolve("api/v1/partners/" + p.slug).toString()))).toList();
        return new PartnerMap("FeatureCollection", bbox(shown), features, withoutCoordinates, truncated);
    }

    private static double[] bbox(List<Partner> partners) {
        if (partners.isEmpty()) {
            return null;
        }
        double west = 180, south = 90, east = -180, north = -90;
        for (Partner p : partners) {
            west = Math.min(west, p.longitude);
            east = Math.max(east, p.longitude);
            south = Math.min(south, p.latitude);
            north = Math.max(north, p.latitude);
        }
        return new double[] { west, south, east, north };
    }
}
