package eu.twinning.partner;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.http.Versioned;
import eu.twinning.i18n.Language;
import eu.twinning.linkeddata.LinkedData;
import eu.twinning.linkeddata.LinkedPlace;

/**
 * A partner as schema.org JSON-LD: a City, or an AdministrativeArea for a district (Anhalt-Bitterfeld
 * is a Landkreis, not a city). Its country is an address's addressCountry, the property schema.org
 * gives ISO 3166-1 codes; its website is its url and, as schema.org suggests for an official
 * website, its sameAs. The name in the local language, a name of no tagged language of the data,
 * is its alternateName where it differs. Role and participants have no schema.org property of a
 * Place, and stay in the JSON.
 */
@Schema(name = "PartnerLinkedData", description = "A partner as schema.org JSON-LD (City or AdministrativeArea)",
        requiredProperties = { "@context", "@id", "@type", "identifier", "name", "address" })
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@context", "@id", "@type", "identifier", "name", "alternateName", "description", "geo",
        "address", "url", "sameAs" })
public record PartnerLinkedData(
        @JsonProperty("@context") @Schema(ref = "LinkedDataContext") Map<String, Object> context,
        @JsonProperty("@id") @Schema(description = "The partner in JSON", format = "uri", maxLength = 2000,
                examples = "http://localhost:8080/api/v1/partners/daugavpils") String id,
        @JsonProperty("@type") @Schema(enumeration = { "City", "AdministrativeArea" }) String type,
        @Schema(description = "The partner's slug", maxLength = 100, examples = "daugavpils") String identifier,
        @Schema(ref = "LinkedText") Object name,
        @Schema(description = "The name in the local language, where it differs", maxLength = 200,
                examples = "Рашка") String alternateName,
        @Schema(ref = "LinkedText") Object description,
        LinkedPlace.Geo geo,
        LinkedPlace.Address address,
        @Schema(description = "The partner's website", format = "uri", maxLength = 500,
                examples = "https://www.daugavpils.lv") String url,
        @Schema(description = "The partner's website, which identifies it", format = "uri", maxLength = 500,
                examples = "https://www.daugavpils.lv") String sameAs,
        @JsonIgnore long version) implements Versioned {

    /** From the partner read in every language (lang=*), in the reader's. */
    static PartnerLinkedData of(PartnerView all, Language language, URI base) {
        @SuppressWarnings("unchecked")
        Map<String, String> names = (Map<String, String>) all.name().value();
        boolean shown = language.isAll() ? names.containsValue(all.localName())
                : Objects.equals(language.pick(names), all.localName());
        LinkedPlace.Geo geo = all.coordinates() == null ? null
                : new LinkedPlace.Geo("GeoCoordinates", all.coordinates().latitude(), all.coordinates().longitude());
        return new PartnerLinkedData(LinkedData.context(language), LinkedData.id(base, "partners/" + all.slug()),
                all.kind() == PartnerKind.DISTRICT ? "AdministrativeArea" : "City", all.slug(), LinkedData.text(all.name(), language), shown ? null : all.localName(),
                LinkedData.text(all.description(), language), geo,
                new LinkedPlace.Address("PostalAddress", all.country()), all.website(), all.website(), all.version());
    }
}
