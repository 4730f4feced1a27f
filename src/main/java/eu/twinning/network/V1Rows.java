package eu.twinning.network;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rows of formatVersion 1 as the fields of formatVersion 2's items: a column's value under its
 * field's name, texts parsed from the JSON in their strings, enums as the API writes them. The
 * columns are named as the schema named them (V1__schema.sql), and each field of an item names the
 * column it comes from ({@link #COLUMNS}), so that a fault of an item is named as the row had it.
 */
final class V1Rows {

    /** The columns whose field has another name than the column in camel case; "" is a row's one value. */
    static final Map<String, Map<String, String>> COLUMNS = Map.ofEntries(
            Map.entry("partner", Map.of("country", "country_code", "role", "partner_role",
                    "coordinates.latitude", "latitude", "coordinates.longitude", "longitude", "coordinates", "latitude")),
            Map.entry("event", Map.of("type", "event_type", "host", "host_id", "host.slug", "host_id")),
            Map.entry("delegation", Map.of("country", "country_code")),
            Map.entry("programme_day", Map.of("date", "day_date")),
            Map.entry("programme_item", Map.of("time", "start_time")),
            Map.entry("memorandum", Map.of("event", "event_id", "event.id", "event_id")),
            Map.entry("good_practice", Map.of("partner", "partner_id", "partner.slug", "partner_id", "event", "event_id",
                    "event.id", "event_id")),
            Map.entry("delegation_partner", Map.of("", "partner_id", "slug", "partner_id")),
            Map.entry("memorandum_signatory", Map.of("", "partner_id", "slug", "partner_id")),
            Map.entry("memorandum_area", Map.of("", "theme")),
            Map.entry("good_practice_theme", Map.of("", "theme")));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ImportProblems problems;

    V1Rows(ImportProblems problems) {
        this.problems = problems;
    }

    /** A column's value, as it is, under its field's name. */
    void copy(JsonNode row, String column, ObjectNode item, String field) {
        item.set(field, row.get(column));
    }

    /** An enum, as the API writes it: the stored name in lower case. */
    void enumeration(JsonNode row, String column, ObjectNode item, String field) {
        JsonNode value = row.get(column);
        item.set(field, value != null && value.isTextual()
                ? JSON.getNodeFactory().textNode(value.asText().toLowerCase(Locale.ROOT)) : value);
    }

    /** Texts by language (or call figures, or links: arrays) from the JSON text of a string. */
    void json(JsonNode row, String column, ObjectNode item, String field, String place, boolean array) {
        JsonNode value = row.get(column);
        if (value == null || value.isNull()) {
            item.putNull(field);
            return;
        }
        String expected = array ? "a string of JSON text: an array" : "a string of JSON text: an object";
        if (!value.isTextual()) {
            problems.add(place + "." + column, "must be " + expected);
            return;
        }
        try {
            JsonNode parsed = JSON.readTree(value.asText());
            if (parsed != null && (array ? parsed.isArray() : parsed.isObject())) {
                item.set(field, parsed);
                return;
            }
        } catch (JsonProcessingException e) {
            // said below
        }
        problems.add(place + "." + column, "must be " + expected + (array ? "" : " such as {\"en\": \"Daugavpils\"}"));
    }

    /** The coordinates from latitude and longitude: none when both are empty. */
    void coordinates(JsonNode row, ObjectNode item) {
        JsonNode latitude = row.path("latitude");
        JsonNode longitude = row.path("longitude");
        if ((latitude.isMissingNode() || latitude.isNull()) && (longitude.isMissingNode() || longitude.isNull())) {
            item.putNull("coordinates");
        } else {
            item.putObject("coordinates").set("latitude", row.get("latitude"));
            ((ObjectNode) item.get("coordinates")).set("longitude", row.get("longitude"));
        }
    }

    /** What restores an item: its version and timestamps (and id, where given). */
    void restore(JsonNode row, ObjectNode item, boolean id) {
        if (id) {
            copy(row, "id", item, "id");
        }
        copy(row, "version", item, "version");
        copy(row, "created_at", item, "createdAt");
        copy(row, "updated_at", item, "updatedAt");
    }

    /** The column that a field of an item of a table comes from: its place after the row's. */
    static String column(String table, String rest) {
        String field = rest.startsWith(".") ? rest.substring(1) : rest;
        Map<String, String> named = COLUMNS.getOrDefault(table, Map.of());
        String longest = null;
        for (String key : named.keySet()) {
            boolean prefix = key.isEmpty() ? field.isEmpty()
                    : field.equals(key) || field.startsWith(key + ".") || field.startsWith(key + "[");
            if (prefix && (longest == null || key.length() > longest.length())) {
                longest = key;
            }
        }
        if (longest != null) {
            return "." + named.get(longest) + field.substring(longest.length());
        }
        if (field.isEmpty()) {
            return "";
        }
        int end = field.length();
        for (char stop : new char[] { '.', '[' }) {
            int at = field.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return "." + snake(field.substring(0, end)) + field.substring(end);
    }

    private static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
