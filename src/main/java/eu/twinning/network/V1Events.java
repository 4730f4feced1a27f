package eu.twinning.network;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.twinning.network.FormatV1.Row;

/**
 * The events of formatVersion 1 as formatVersion 2 has them: each with its delegations (and their
 * partners) and its programme (days and their items), gathered from their tables in their order.
 */
final class V1Events {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Row> BY_ORDER = Comparator.comparingLong((Row r) -> r.values().path("sort_order")
            .asLong()).thenComparingLong(r -> r.values().path("id").asLong());

    private final FormatV1 format;
    private final V1Rows rows;
    private final V1Items items;

    V1Events(FormatV1 format, V1Rows rows, V1Items items) {
        this.format = format;
        this.rows = rows;
        this.items = items;
    }

    void read(ArrayNode events) {
        Map<Long, ObjectNode> byId = new HashMap<>();
        Map<Long, String> places = new HashMap<>();
        for (Row row : format.rows("event")) {
            JsonNode values = row.values();
            ObjectNode event = JSON.createObjectNode();
            rows.restore(values, event, true);
            rows.json(values, "title", event, "title", row.place(), false);
            rows.json(values, "description", event, "description", row.place(), false);
            rows.enumeration(values, "event_type", event, "type");
            rows.copy(values, "start_date", event, "startDate");
            rows.copy(values, "end_date", event, "endDate");
            rows.json(values, "venue", event, "venue", row.place(), false);
            event.set("host", items.partnerRef(row, "host_id"));
            rows.copy(values, "total_participants", event, "totalParticipants");
            items.add(events, event, "events", row, "event", byId, places);
        }
        delegations(byId, places);
        programme(byId, places);
    }

    private void delegations(Map<Long, ObjectNode> events, Map<Long, String> places) {
        Map<Long, ObjectNode> delegations = new HashMap<>();
        Map<Long, String> delegationPlaces = new HashMap<>();
        format.byParent("delegation", "event_id", events.keySet(), "event", BY_ORDER).forEach((event, rowsOf) -> {
            ArrayNode list = events.get(event).putArray("delegations");
            for (Row row : rowsOf) {
                ObjectNode delegation = list.addObject();
                rows.copy(row.values(), "country_code", delegation, "country");
                rows.copy(row.values(), "participants", delegation, "participants");
                delegation.putArray("partners");
                String place = places.get(event) + ".delegations[" + (list.size() - 1) + "]";
                format.origin(place, row, "delegation");
                Long id = format.id(row, "id");
                if (id != null) {
                    delegations.put(id, delegation);
                    delegationPlaces.put(id, place);
                }
            }
        });
        format.byParent("delegation_partner", "delegation_id", delegations.keySet(), "delegation", (a, b) -> 0)
                .forEach((delegation, rowsOf) -> items.refs(rowsOf, (ArrayNode) delegations.get(delegation).get("partners"),
                        delegationPlaces.get(delegation) + ".partners", "delegation_partner"));
    }

    private void programme(Map<Long, ObjectNode> events, Map<Long, String> places) {
        Map<Long, ArrayNode> dayItems = new HashMap<>();
        Map<Long, String> dayPlaces = new HashMap<>();
        Comparator<Row> byDate = Comparator.comparing(r -> r.values().path("day_date").asText());
        format.byParent("programme_day", "event_id", events.keySet(), "event", byDate).forEach((event, rowsOf) -> {
            ArrayNode days = events.get(event).putArray("programme");
            for (Row row : rowsOf) {
                ObjectNode day = days.addObject();
                rows.copy(row.values(), "day_date", day, "date");
                rows.json(row.values(), "title", day, "title", row.place(), false);
                String place = places.get(event) + ".programme[" + (days.size() - 1) + "]";
                format.origin(place, row, "programme_day");
                Long id = format.id(row, "id");
                if (id != null) {
                    dayItems.put(id, day.putArray("items"));
                    dayPlaces.put(id, place);
                }
            }
        });
        format.byParent("programme_item", "day_id", dayItems.keySet(), "programme day", BY_ORDER).forEach((day, rowsOf) -> {
            for (Row row : rowsOf) {
                ObjectNode item = dayItems.get(day).addObject();
                rows.copy(row.values(), "start_time", item, "time");
                for (String text : List.of("title", "place", "description")) {
                    rows.json(row.values(), text, item, text, row.place(), false);
                }
                format.origin(dayPlaces.get(day) + ".items[" + (dayItems.get(day).size() - 1) + "]", row,
                        "programme_item");
            }
        });
    }

}
