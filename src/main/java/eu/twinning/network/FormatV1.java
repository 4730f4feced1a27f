package eu.twinning.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads an export of formatVersion 1, the network's tables row for row (texts as JSON in strings,
 * references by row id), into the items of formatVersion 2, which then pass the same checks. Its
 * faults are named as the client sent them: its own (an unknown table or column, JSON that is not,
 * a reference to a row that is not there) and, through {@link #named}, those the items' checks find
 * (partners[1].country is tables.partner[1].country_code).
 */
final class FormatV1 {

    static final int VERSION = 1;

    /** The tables and columns of formatVersion 1; search_text and sort_name are derived, read and ignored. */
    static final Map<String, Set<String>> TABLES = new LinkedHashMap<>();
    private static final Set<String> DERIVED = Set.of("search_text", "sort_name");
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        TABLES.put("network", Set.of("id", "acronym", "name", "programme", "strand", "measure", "aim", "grant_number",
                "period_start", "period_end", "total_participants", "call_figures", "links", "version", "updated_at"));
        TABLES.put("partner", Set.of("id", "slug", "country_code", "partner_role", "kind", "name", "local_name",
                "description", "latitude", "longitude", "website", "participants", "version", "created_at", "updated_at"));
        TABLES.put("event", Set.of("id", "title", "description", "event_type", "start_date", "end_date", "venue",
                "host_id", "total_participants", "version", "created_at", "updated_at"));
        TABLES.put("delegation", Set.of("id", "event_id", "sort_order", "country_code", "participants"));
        TABLES.put("delegation_partner", Set.of("delegation_id", "partner_id"));
        TABLES.put("programme_day", Set.of("id", "event_id", "day_date", "title"));
        TABLES.put("programme_item", Set.of("id", "day_id", "sort_order", "start_time", "title", "place", "description"));
        TABLES.put("memorandum", Set.of("id", "title", "description", "signed_on", "signed_place", "status", "event_id",
                "version", "created_at", "updated_at"));
        TABLES.put("memorandum_signatory", Set.of("memorandum_id", "partner_id"));
        TABLES.put("memorandum_area", Set.of("memorandum_id", "theme"));
        TABLES.put("good_practice", Set.of("id", "partner_id", "event_id", "title", "summary", "body", "links", "status",
                "submitted_at", "reviewed_at", "review_reason", "version", "created_at", "updated_at"));
        TABLES.put("good_practice_theme", Set.of("good_practice_id", "theme"));
    }

    record Row(JsonNode values, String place) {
    }

    /** Where a place in the items comes from: a row, of a table. */
    private record Origin(String row, String table) {
    }

    private final ImportProblems problems;
    private final V1Rows rows;
    private final Map<String, Origin> origins = new HashMap<>();
    private final Map<String, List<Row>> tables = new LinkedHashMap<>();

    FormatV1(ImportProblems problems) {
        this.problems = problems;
        this.rows = new V1Rows(problems);
    }

    /** The document's items, in the shape of formatVersion 2; its faults are said to the problems. */
    ObjectNode read(ObjectNode document) {
        ObjectNode items = JSON.createObjectNode();
        document.fieldNames().forEachRemaining(key -> {
            if (!Set.of("format", "formatVersion", "exportedAt", "tables").contains(key)) {
                problems.add(key, "is not part of a formatVersion 1 document");
            }
        });
        if (!document.path("tables").isObject()) {
            problems.add("tables", "is required: an object of tables");
            return items;
        }
        readTables(document.get("tables"));
        List<Row> network = tables.get("network");
        if (network.size() == 1) {
            items.set("network", V1Items.network(rows, network.get(0)));
            origin("network", network.get(0), "network");
        } else {
            problems.add("tables.network", "must have one row");
        }
        new V1Items(this, rows, problems).read(items);
        return items;
    }

    List<Row> rows(String table) {
        return tables.get(table);
    }

    void origin(String place, Row row, String table) {
        origins.put(place, new Origin(row.place(), table));
    }

    /** A place in the items as the client named it: the row and column it comes from. */
    String named(String place) {
        String longest = null;
        for (String known : origins.keySet()) {
            boolean prefix = place.equals(known) || place.startsWith(known + ".") || place.startsWith(known + "[");
            if (prefix && (longest == null || known.length() > longest.length())) {
                longest = known;
            }
        }
        if (longest == null) {
            return place;
        }
        Origin origin = origins.get(longest);
        return origin.row() + V1Rows.column(origin.table(), place.substring(longest.length()));
    }

    /** Each table as rows of known columns, in a known table; unknown ones are faults. */
    private void readTables(JsonNode given) {
        given.fieldNames().forEachRemaining(table -> {
            if (!TABLES.containsKey(table)) {
                problems.add("tables." + table, "is not a table of the network; tables: " + String.join(", ", TABLES.keySet()));
            }
        });
        for (var table : TABLES.entrySet()) {
            List<Row> read = new ArrayList<>();
            tables.put(table.getKey(), read);
            JsonNode listed = given.path(table.getKey());
            if (listed.isMissingNode() || listed.isNull()) {
                continue;
            }
            if (!listed.isArray()) {
                problems.add("tables." + table.getKey(), "must be an array of rows");
                continue;
            }
            for (int i = 0; i < listed.size(); i++) {
                String place = "tables." + table.getKey() + "[" + i + "]";
                if (!listed.get(i).isObject()) {
                    problems.add(place, "must be an object of columns");
                    continue;
                }
                listed.get(i).fieldNames().forEachRemaining(column -> {
                    if (!table.getValue().contains(column) && !DERIVED.contains(column)) {
                        problems.add(place + "." + column, "is not a column of " + table.getKey());
                    }
                });
                read.add(new Row(listed.get(i), place));
            }
        }
    }

    /** A row's id (or reference) column: null, with a fault unless it is empty, if it is not an integer. */
    Long id(Row row, String column) {
        JsonNode value = row.values().path(column);
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (!value.isMissingNode() && !value.isNull()) {
            problems.add(row.place() + "." + column, "must be an integer");
        }
        return null;
    }

    /** The rows of a table by the parent their column refers to; a reference to no parent is a fault. */
    Map<Long, List<Row>> byParent(String table, String column, Set<Long> parents, String parent, Comparator<Row> order) {
        Map<Long, List<Row>> children = new HashMap<>();
        for (Row row : tables.get(table)) {
            Long id = id(row, column);
            if (id != null && !parents.contains(id)) {
                problems.add(row.place() + "." + column, "no " + parent + " " + id + " in the document");
            } else if (id != null) {
                children.computeIfAbsent(id, key -> new ArrayList<>()).add(row);
            }
        }
        children.values().forEach(list -> list.sort(order));
        return children;
    }
}
