package eu.twinning.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.i18n.Language;
import eu.twinning.http.Versioned;
import eu.twinning.i18n.LocalizedText;
import eu.twinning.partner.CountryZones;
import eu.twinning.partner.PartnerRef;

/** An event as read, with its delegations and programme. */
@Schema(name = "Event")
public record EventView(
        @Schema(minimum = "1", examples = "1") long id,
        LocalizedText title,
        @Schema(nullable = true) LocalizedText description,
        EventType type,
        @Schema(examples = "2018-11-08") LocalDate startDate,
        @Schema(examples = "2018-11-12") LocalDate endDate,
        @Schema(nullable = true) LocalizedText venue,
        @Schema(nullable = true) PartnerRef host,
        @Schema(nullable = true, examples = "159") Integer totalParticipants,
        List<DelegationView> delegations,
        List<DayView> programme,
        Instant createdAt,
        Instant updatedAt,
        @JsonIgnore long version,
        /* The host's time zone, where known: the programme's times are local times there. */
        @JsonIgnore ZoneId zone) implements Versioned {

    @Schema(name = "Delegation")
    public record DelegationView(@Schema(examples = "LT") String country, @Schema(nullable = true, examples = "15") Integer participants,
            List<PartnerRef> partners) {
    }

    @Schema(name = "ProgrammeDay")
    public record DayView(@Schema(examples = "2018-11-09") LocalDate date, @Schema(nullable = true) LocalizedText title, List<ItemView> items) {
    }

    @Schema(name = "ProgrammeItem")
    public record ItemView(
            @JsonFormat(pattern = "HH:mm")
            @Schema(type = SchemaType.STRING, nullable = true, pattern = "^\\d{2}:\\d{2}$", examples = "09:30") LocalTime time,
            LocalizedText title, @Schema(nullable = true) LocalizedText place,
            @Schema(nullable = true) LocalizedText description) {
    }

    static EventView of(Event e, List<Delegation> delegations, List<ProgrammeDay> days, Language language) {
        return new EventView(e.id, language.text(e.title), language.text(e.description), e.type, e.startDate,
                e.endDate, language.text(e.venue), PartnerRef.of(e.host, language), e.totalParticipants,
                delegations.stream().map(d -> new DelegationView(d.countryCode, d.participants,
                        d.partners.stream().sorted(Comparator.comparing(p -> p.slug))
                                .map(p -> PartnerRef.of(p, language)).toList())).toList(),
                days.stream().map(d -> new DayView(d.date, language.text(d.title),
                        d.items.stream().sorted(Comparator.comparingInt(i -> i.sortOrder))
                                .map(i -> new ItemView(i.startTime, language.text(i.title), language.text(i.place),
                                        language.text(i.description))).toList())).toList(),
                e.createdAt, e.updatedAt, e.version, e.host == null ? null : CountryZones.of(e.host.countryCode));
    }
}
