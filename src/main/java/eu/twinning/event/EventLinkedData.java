package eu.twinning.event;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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
 * An event as a schema.org Event over its dates, with a subEvent per programme item: at its start
 * time with the host's UTC offset (the zone the calendar uses), or on its day where the data has no
 * time (as for every item of the seed). Its location is the venue, by name, and the host partner,
 * linked. No organizer: schema.org's takes an Organization or a Person, and the data knows a host
 * city, not the body that organized the event; no attendee either, for the same reason (delegations
 * are counts per country). Not inLanguage, which for an Event is the language it was held in, which
 * the data does not know: the texts' language is in their @language tags.
 */
@Schema(name = "EventLinkedData", description = "An event as a schema.org Event with its programme as subEvents",
        requiredProperties = { "@context", "@id", "@type", "name", "startDate", "endDate" })
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "@context", "@id", "@type", "name", "description", "startDate", "endDate", "location",
        "subEvent" })
public record EventLinkedData(
        @JsonProperty("@context") @Schema(ref = "LinkedDataContext") Map<String, Object> context,
        @JsonProperty("@id") @Schema(description = "The event in JSON", format = "uri", maxLength = 2000,
                examples = "http://localhost:8080/api/v1/events/1") String id,
        @JsonProperty("@type") @Schema(enumeration = "Event") String type,
        @Schema(ref = "LinkedText") Object name,
        @Schema(ref = "LinkedText") Object description,
        @Schema(examples = "2018-11-08") LocalDate startDate,
        @Schema(examples = "2018-11-12") LocalDate endDate,
        @Schema(description = "The venue by name, and the host partner", maxItems = 2) List<LinkedPlace> location,
        @Schema(description = "The programme's items, day by day", maxItems = 10000) List<Item> subEvent,
        @JsonIgnore long version) implements Versioned {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Schema(name = "ProgrammeItemLinkedData", description = "A programme item as a schema.org Event",
            requiredProperties = { "@id", "@type", "name", "startDate" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@id", "@type", "name", "description", "startDate", "location" })
    public record Item(
            @JsonProperty("@id") @Schema(description = "The event's @id and the item's day and place in it",
                    format = "uri", maxLength = 2100,
                    examples = "http://localhost:8080/api/v1/events/1#item-20181109-1") String id,
            @JsonProperty("@type") @Schema(enumeration = "Event") String type,
            @Schema(ref = "LinkedText") Object name,
            @Schema(ref = "LinkedText") Object description,
            @Schema(description = "The item's day (a date), or its start (a date-time with the host's UTC offset; "
                    + "without one where the host's time zone is not known)", maxLength = 25,
                    pattern = "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}([+-]\\d{2}:\\d{2}|Z)?)?$",
                    examples = "2018-11-09T10:00:00+02:00") String startDate,
            LinkedPlace location) {
    }

    /** From the event read in every language (lang=*), in the reader's. */
    static EventLinkedData of(EventView all, Language language, URI base) {
        String id = LinkedData.id(base, "events/" + all.id());
        List<LinkedPlace> location = new ArrayList<>(2);
        location.add(LinkedPlace.named(all.venue(), language));
        if (all.host() != null) {
            location.add(LinkedPlace.linked(base, "partners/" + all.host().slug(), all.host().name(), language));
        }
        location.removeIf(Objects::isNull);
        List<Item> items = new ArrayList<>();
        for (EventView.DayView day : all.programme()) {
            for (int i = 0; i < day.items().size(); i++) {
                EventView.ItemView item = day.items().get(i);
                // The same day and place as the calendar's UID, so that both name an item alike.
                items.add(new Item(id + "#item-" + DAY.format(day.date()) + "-" + (i + 1), "Event",
                        LinkedData.text(item.title(), language), LinkedData.text(item.description(), language),
                        start(day.date(), item, all), LinkedPlace.named(item.place(), language)));
            }
        }
        return new EventLinkedData(LinkedData.context(language), id, "Event", LinkedData.text(all.title(), language),
                LinkedData.text(all.description(), language), all.startDate(), all.endDate(), location, items,
                all.version());
    }

    private static String start(LocalDate date, EventView.ItemView item, EventView event) {
        if (item.time() == null) {
            return date.toString();
        }
        if (event.zone() == null) {
            return date.atTime(item.time()).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        return ZonedDateTime.of(date, item.time(), event.zone()).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
