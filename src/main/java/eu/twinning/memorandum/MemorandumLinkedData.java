package eu.twinning.memorandum;

import java.net.URI;
import java.time.LocalDate;
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
import eu.twinning.linkeddata.LinkedPlace;
import eu.twinning.theme.Theme;

/**
 * A memorandum as schema.org JSON-LD. schema.org has no agreement or contract type: a memorandum is a
 * written work, a CreativeWork, made (dateCreated, locationCreated) when it was signed, about the
 * partners that signed it (signatories are cities, so neither author nor creator, which take an
 * Organization or a Person), with its status as creativeWorkStatus and its areas as keywords (the
 * theme codes). The event where it was signed has no CreativeWork property; the JSON links it.
 */
@Schema(name = "MemorandumLinkedData", description = "A memorandum as a schema.org CreativeWork",
        requiredProperties = { "@context", "@id", "@type", "name", "creativeWorkStatus" })
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "@context", "@id", "@type", "name", "description", "creativeWorkStatus", "dateCreated",
        "locationCreated", "about", "keywords" })
public record MemorandumLinkedData(
        @JsonProperty("@context") @Schema(ref = "LinkedDataContext") Map<String, Object> context,
        @JsonProperty("@id") @Schema(description = "The memorandum in JSON", format = "uri", maxLength = 2000,
                examples = "http://localhost:8080/api/v1/memoranda/1") String id,
        @JsonProperty("@type") @Schema(enumeration = "CreativeWork") String type,
        @Schema(ref = "LinkedText") Object name,
        @Schema(ref = "LinkedText") Object description,
        MemorandumStatus creativeWorkStatus,
        @Schema(description = "When it was signed", examples = "2018-11-09") LocalDate dateCreated,
        LinkedPlace locationCreated,
        @Schema(description = "The signatories", maxItems = 1000) List<LinkedPlace> about,
        @Schema(description = "The areas of cooperation (theme codes)", maxItems = 20) List<Theme> keywords,
        @JsonIgnore long version) implements Versioned {

    /** From the memorandum read in every language (lang=*), in the reader's. */
    static MemorandumLinkedData of(MemorandumView all, Language language, URI base) {
        return new MemorandumLinkedData(LinkedData.context(language), LinkedData.id(base, "memoranda/" + all.id()),
                "CreativeWork", LinkedData.text(all.title(), language), LinkedData.text(all.description(), language),
                all.status(), all.signedOn(), LinkedPlace.named(all.signedPlace(), language),
                all.signatories().stream()
                        .map(p -> LinkedPlace.linked(base, "partners/" + p.slug(), p.name(), language)).toList(),
                all.areas(), all.version());
    }
}
