package eu.twinning.network;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.http.Versioned;
import eu.twinning.i18n.Language;
import eu.twinning.linkeddata.LinkedData;

/**
 * The network as schema.org JSON-LD: a Project ("an enterprise planned to achieve a particular aim",
 * its description), with its acronym as alternateName, its grant number as an identifier (a
 * PropertyValue that names it), and its programme, a FundingScheme, as its funder (the property
 * funding, which would link a Grant, is in schema.org's pending area, not its core). The pages about it are WebPages it is the subjectOf. Period, participants and call figures
 * have no property of a Project, and stay in the JSON.
 */
@Schema(name = "NetworkLinkedData", description = "The network as a schema.org Project",
        requiredProperties = { "@context", "@id", "@type", "name", "alternateName" })
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "@context", "@id", "@type", "name", "alternateName", "description", "identifier", "funder",
        "subjectOf" })
public record NetworkLinkedData(
        @JsonProperty("@context") @Schema(ref = "LinkedDataContext") Map<String, Object> context,
        @JsonProperty("@id") @Schema(description = "The network in JSON", format = "uri", maxLength = 2000,
                examples = "http://localhost:8080/api/v1/network") String id,
        @JsonProperty("@type") @Schema(enumeration = "Project") String type,
        @Schema(ref = "LinkedText") Object name,
        @Schema(description = "The acronym", maxLength = 50, examples = "TTChan") String alternateName,
        @Schema(ref = "LinkedText", description = "The aim") Object description,
        Identifier identifier,
        FundingScheme funder,
        @Schema(description = "Pages about the network", maxItems = 50) List<WebPage> subjectOf,
        @JsonIgnore long version) implements Versioned {

    @Schema(name = "LinkedIdentifier", description = "A schema.org PropertyValue: an identifier and what it is")
    @JsonPropertyOrder({ "@type", "propertyID", "value" })
    public record Identifier(@JsonProperty("@type") @Schema(enumeration = "PropertyValue") String type,
            @Schema(enumeration = "grantNumber") String propertyID,
            @Schema(maxLength = 100, examples = "601592-CITIZ-1-2018-1-LV-CITIZ-TT") String value) {
    }

    @Schema(name = "LinkedFundingScheme", description = "The programme, a schema.org FundingScheme")
    @JsonPropertyOrder({ "@type", "name" })
    public record FundingScheme(@JsonProperty("@type") @Schema(enumeration = "FundingScheme") String type,
            @Schema(ref = "LinkedText") Object name) {
    }

    @Schema(name = "LinkedWebPage", description = "A schema.org WebPage")
    @JsonPropertyOrder({ "@type", "name", "url" })
    public record WebPage(@JsonProperty("@type") @Schema(enumeration = "WebPage") String type,
            @Schema(ref = "LinkedText") Object name,
            @Schema(format = "uri", maxLength = 500, examples = "https://www.facebook.com/ttchandaugavpils/") String url) {
    }

    /** From the network read in every language (lang=*), in the reader's. */
    static NetworkLinkedData of(NetworkView all, Language language, URI base) {
        Identifier grant = all.grantNumber() == null ? null
                : new Identifier("PropertyValue", "grantNumber", all.grantNumber());
        FundingScheme programme = all.programme() == null ? null
                : new FundingScheme("FundingScheme", LinkedData.text(all.programme(), language));
        return new NetworkLinkedData(LinkedData.context(language), LinkedData.id(base, "network"), "Project",
                LinkedData.text(all.name(), language), all.acronym(), LinkedData.text(all.aim(), language), grant,
                programme, all.links().stream().map(l -> new WebPage("WebPage", LinkedData.text(l.title(), language), l.url()))
                        .toList(), all.version());
    }
}
