package eu.twinning.network;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;


/**
 * The whole network as one document, formatVersion 2: the API's own representations, as a read with
 * lang=* answers them, each with its version, so that an import restores every item as it was
 * served: the ids that URLs name, the versions that start its ETags, the timestamps. Derived data
 * (search text, the names' sort keys) is not in it: an import makes it again.
 */
@Schema(name = "NetworkExport", description = "The whole network (formatVersion 2): the network, every partner, "
        + "event (with delegations and programme), memorandum and good practice (in every status, with its review), "
        + "each as a read with lang=* answers it, with its version. importNetwork reads it back; unknown properties "
        + "are refused.", requiredProperties = { "format", "formatVersion", "exportedAt", "network", "partners",
                "events", "memoranda", "goodPractices" })
public record NetworkExport(
        @Schema(enumeration = FORMAT, maxLength = 40, examples = FORMAT) String format,
        @Schema(enumeration = "2", minimum = "2", maximum = "2", format = "int32", examples = "2") int formatVersion,
        @Schema(description = "When the export was made", maxLength = 40) Instant exportedAt,
        NetworkItem network,
        @Schema(maxItems = ImportReader.MAX_ITEMS) List<PartnerItem> partners,
        @Schema(maxItems = ImportReader.MAX_ITEMS) List<EventItem> events,
        @Schema(maxItems = ImportReader.MAX_ITEMS) List<MemorandumItem> memoranda,
        @Schema(maxItems = ImportReader.MAX_ITEMS) List<GoodPracticeItem> goodPractices) {

    public static final String FORMAT = "twinning-network-export";
    public static final int FORMAT_VERSION = 2;

    /*
     * Each item is the JSON of a read with lang=* and its version. Their schemas, the read's schema with
     * ExportedVersion (allOf, so that the reads' schemas serve as they are), are written in
     * META-INF/openapi.yaml: SmallRye would copy the read's properties in.
     */

    @Schema(name = "ExportedNetwork")
    public record NetworkItem(@JsonValue @Schema(hidden = true) ObjectNode json) {
    }

    @Schema(name = "ExportedPartner")
    public record PartnerItem(@JsonValue @Schema(hidden = true) ObjectNode json) {
    }

    @Schema(name = "ExportedEvent")
    public record EventItem(@JsonValue @Schema(hidden = true) ObjectNode json) {
    }

    @Schema(name = "ExportedMemorandum")
    public record MemorandumItem(@JsonValue @Schema(hidden = true) ObjectNode json) {
    }

    @Schema(name = "ExportedGoodPractice")
    public record GoodPracticeItem(@JsonValue @Schema(hidden = true) ObjectNode json) {
    }
}
