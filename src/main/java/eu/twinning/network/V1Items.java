package eu.twinning.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.twinning.network.FormatV1.Row;

/**
 * The items of formatVersion 2 from the rows of formatVersion 1: each partner, event
 * ({@link V1Events}), memorandum and good practice, each place noted with the row it comes from.
 * References by row id become the API's own: partners by slug, events by id.
 */
final class V1Items {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormatV1 format;
    private final V1Rows rows;
    private final ImportProblems problems;
    private final Map<Long, String> slugs = new HashMap<>();

    V1Items(FormatV1 format, V1Rows rows, ImportProblems problems) {
        this.format = format;
        this.rows = rows;
        this.problems = problems;
    }

    static ObjectNode network(V1Rows rows, Row row) {
        ObjectNode network = JSON.createObjectNode();
        JsonNode values = row.values();
        for (String text : List.of("name", "programme", "strand", "measure", "aim")) {
            rows.json(values, text, network, text, row.place(), false);
        }
        rows.copy(values, "acronym", network, "acronym");
        rows.copy(values, "grant_number", network, "grantNumber");
        rows.copy(values, "period_start", network, "periodStart");
        rows.copy(values, "period_end", network, "periodEnd");
        rows.copy(values, "total_participants", network, "totalParticipants");
        rows.json(values, "call_figures", network, "callFigures", row.place(), false);
        rows.json(values, "links", network, "links", row.place(), true);
        rows.copy(values, "version", network, "version");
        rows.copy(values, "updated_at", network, "updatedAt");
        return network;
    }

    void read(ObjectNode items) {
        ArrayNode partners = items.putArray("partners");
        for (Row row : format.rows("partner")) {
            Long id = format.id(row, "id");
            if (id != null && slugs.put(id, row.values().path("slug").asText()) != null) {
                problems.add(row.place() + ".id", "is repeated");
            }
            format.origin("partners[" + partners.size() + "]", row, "partner");
            partners.add(partner(row));
        }
        new V1Events(format, rows, this).read(items.putArray("events"));
        memoranda(items.putArray("memoranda"));
        goodPractices(items.putArray("goodPractices"));
    }

    private ObjectNode partner(Row row) {
        ObjectNode partner = JSON.createObjectNode();
        JsonNode values = row.values();
        rows.copy(values, "slug", partner, "slug");
        rows.copy(values, "country_code", partner, "country");
        rows.enumeration(values, "partner_role", partner, "role");
        rows.enumeration(values, "kind", partner, "kind");
        rows.json(values, "name", partner, "name", row.place(), false);
        rows.copy(values, "local_name", partner, "localName");
        rows.json(values, "description", partner, "description", row.place(), false);
        rows.coordinates(values, partner);
        rows.copy(values, "website", partner, "website");
        rows.copy(values, "participants", partner, "participants");
        rows.restore(values, partner, false);
        return partner;
    }

    private void memoranda(ArrayNode memoranda) {
        Map<Long, ObjectNode> byId = new HashMap<>();
        Map<Long, String> places = new HashMap<>();
        for (Row row : format.rows("memorandum")) {
            JsonNode values = row.values();
            ObjectNode memorandum = JSON.createObjectNode();
            rows.restore(values, memorandum, true);
            rows.json(values, "title", memorandum, "title", row.place(), false);
            rows.json(values, "description", memorandum, "description", row.place(), false);
            rows.enumeration(values, "status", memorandum, "status");
            rows.copy(values, "signed_on", memorandum, "signedOn");
            rows.json(values, "signed_place", memorandum, "signedPlace", row.place(), false);
            memorandum.putArray("signatories");
            memorandum.putArray("areas");
            memorandum.set("event", eventRef(row));
            add(memoranda, memorandum, "memoranda", row, "memorandum", byId, places);
        }
        format.byParent("memorandum_signatory", "memorandum_id", byId.keySet(), "memorandum", (a, b) -> 0)
                .forEach((id, rowsOf) -> refs(rowsOf, (ArrayNode) byId.get(id).get("signatories"),
                        places.get(id) + ".signatories", "memorandum_signatory"));
        themes("memorandum_area", "memorandum_id", "memorandum", "areas", byId, places);
    }

    private void goodPractices(ArrayNode practices) {
        Map<Long, ObjectNode> byId = new HashMap<>();
        Map<Long, String> places = new HashMap<>();
        for (Row row : format.rows("good_practice")) {
            JsonNode values = row.values();
            ObjectNode practice = JSON.createObjectNode();
            rows.restore(values, practice, true);
            practice.set("partner", partnerRef(row, "partner_id"));
            for (String text : List.of("title", "summary", "body")) {
                rows.json(values, text, practice, text, row.place(), false);
            }
            practice.putArray("themes");
            rows.json(values, "links", practice, "links", row.place(), true);
            practice.set("event", eventRef(row));
            rows.enumeration(values, "status", practice, "status");
            rows.copy(values, "submitted_at", practice, "submittedAt");
            rows.copy(values, "reviewed_at", practice, "reviewedAt");
            rows.copy(values, "review_reason", practice, "reviewReason");
            add(practices, practice, "goodPractices", row, "good_practice", byId, places);
        }
        themes("good_practice_theme", "good_practice_id", "good practice", "themes", byId, places);
    }

    /** An item of a kind from its row, noted by its id and its place, from which its parts are found. */
    void add(ArrayNode list, ObjectNode item, String kind, Row row, String table, Map<Long, ObjectNode> byId,
            Map<Long, String> places) {
        String place = kind + "[" + list.size() + "]";
        format.origin(place, row, table);
        list.add(item);
        Long id = format.id(row, "id");
        if (id != null) {
            byId.put(id, item);
            places.put(id, place);
        }
    }

    private void themes(String table, String column, String parent, String field, Map<Long, ObjectNode> byId,
            Map<Long, String> places) {
        format.byParent(table, column, byId.keySet(), parent, (a, b) -> 0).forEach((id, rowsOf) -> {
            ArrayNode themes = (ArrayNode) byId.get(id).get(field);
            for (Row row : rowsOf) {
                ObjectNode holder = JSON.createObjectNode();
                rows.enumeration(row.values(), "theme", holder, "theme");
                format.origin(places.get(id) + "." + field + "[" + themes.size() + "]", row, table);
                themes.add(holder.get("theme"));
            }
        });
    }

    /** References to partners, by the slug of the partner row each refers to. */
    void refs(List<Row> refRows, ArrayNode refs, String place, String table) {
        for (Row row : refRows) {
            JsonNode ref = partnerRef(row, "partner_id");
            if (ref.isObject()) {
                format.origin(place + "[" + refs.size() + "]", row, table);
                refs.add(ref);
            }
        }
    }

    /** {"slug": ...} of the partner row a column refers to; null for none, or when there is no such row (a fault). */
    JsonNode partnerRef(Row row, String column) {
        Long id = format.id(row, column);
        if (id == null) {
            return JSON.nullNode();
        }
        if (!slugs.containsKey(id)) {
            problems.add(row.place() + "." + column, "no partner " + id + " in the document");
            return JSON.nullNode();
        }
        return JSON.createObjectNode().put("slug", slugs.get(id));
    }

    private JsonNode eventRef(Row row) {
        Long id = format.id(row, "event_id");
        return id == null ? JSON.nullNode() : JSON.createObjectNode().put("id", id);
    }
}
