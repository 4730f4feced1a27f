package eu.twinning.event;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Source;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import eu.twinning.config.TwinningConfig;
import eu.twinning.i18n.Labels;
import eu.twinning.i18n.Language;
import eu.twinning.network.NetworkService;
import eu.twinning.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import eu.twinning.i18n.LocalizedText;

/**
 * Events as an iCalendar object (RFC 5545) that Google, Apple and Outlook calendars subscribe to.
 * An event is an all-day VEVENT over its dates (the sources give no times for whole events); each
 * programme item with a start time is a VEVENT of its own at that local time in the host's zone,
 * related to its event. UIDs are made of ids and the configured domain, never of the request, so
 * that they stay the same across instances, addresses and restarts; DTSTAMP is the event's
 * updatedAt, so that the bytes (and the ETag) change only with the data.
 */
@ApplicationScoped
public class EventCalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    /** How often subscribers should fetch again; a fetch of unchanged data is a 304 from the cache. */
    static final Duration REFRESH = Duration.ofHours(1);
    private static final String PRODUCT = "-//Twinning Network API//EN";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int LINE_OCTETS = 75;

    /** A feed holds the events that start last, at most this many; the list pages through any number. */
    public static final int MAX_EVENTS = 1000;

    private final EventService events;
    private final NetworkService network;
    private final String domain;
    /** VTIMEZONE definitions by zone, from ical4j's copy of the tz database, each read once. */
    private final Map<ZoneId, VTimeZone> zones = new ConcurrentHashMap<>();
    private volatile TimeZoneRegistry registry;

    public EventCalendar(EventService events, NetworkService network, TwinningConfig config) {
        this.events = events;
        this.network = network;
        this.domain = config.idDomain();
    }

    /** The events of a filter that start last, named after the network; source is the URL it is read at. */
    public String of(EventFilter filter, Language language, URI base, URI source) {
        requireOne(language);
        String name = network.get(language).acronym() + ": " + Labels.EVENTS.in(language);
        List<EventView> found = events.all(filter, Sort.by("startDate", Sort.Direction.Descending), MAX_EVENTS,
                language);
        return write(name, found, base, source);
    }

    /** One event with its programme, named after it. */
    public String of(long id, Language language, URI base, URI source) {
        requireOne(language);
        EventView event = events.get(id, language);
        return write(text(event.title()), List.of(event), base, source);
    }

    private static void requireOne(Language language) {
        if (language.isAll()) {
            throw ProblemException.invalid("lang", "a calendar holds one language: give a language tag such as lv");
        }
    }

    /**
     * The calendar of these events, named name, with links under base; source is the URL it was read
     * at (where subscribers fetch it again).
     */
    String write(String name, List<EventView> events, URI base, URI source) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // RFC 7986's properties, and the older ones that Google, Apple and Outlook read instead.
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        calendar.add(new Source(new ParameterList(List.of(Value.URI)), source.toString()));
        Set<ZoneId> used = new TreeSet<>(java.util.Comparator.comparing(ZoneId::getId));
        events.stream().map(EventView::zone).filter(Objects::nonNull).forEach(used::add);
        if (used.size() == 1) {
            // A calendar-wide zone, for the calendars that show floating times in it.
            calendar.add(new XProperty("X-WR-TIMEZONE", used.iterator().next().getId()));
        }
        for (EventView event : events) {
            URI url = base.resolve("api/v1/events/" + event.id());
            calendar.add(whole(event, url));
            for (EventView.DayView day : event.programme()) {
                for (int i = 0; i < day.items().size(); i++) {
                    EventView.ItemView item = day.items().get(i);
                    if (item.time() != null) {
                        calendar.add(item(event, day, i + 1, item, url));
                    }
                }
            }
        }
        used.forEach(zone -> calendar.add(vtimezone(zone)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new UncheckedIOException(new IOException("Cannot write the calendar", e));
        }
        return foldByOctets(out.toString());
    }

    /**
     * Lines folded at 75 octets, as RFC 5545 3.1 asks: ical4j folds at 75 characters, which is more
     * octets in Latvian or Serbian. Folds fall between characters, never inside one's UTF-8 bytes.
     */
    static String foldByOctets(String folded) {
        StringBuilder result = new StringBuilder(folded.length() + folded.length() / 32);
        for (String line : folded.replace("\r\n ", "").split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length();) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > LINE_OCTETS) {
                    result.append("\r\n ");
                    octets = 1;
                }
                result.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            result.append("\r\n");
        }
        return result.toString();
    }

    /** The event over its dates: DTEND is the day after the last (RFC 5545 3.6.1, exclusive). */
    private VEvent whole(EventView event, URI url) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(uid(event)));
        vevent.add(new DtStamp(event.updatedAt()));
        vevent.add(new DtStart<>(event.startDate()));
        vevent.add(new DtEnd<>(event.endDate().plusDays(1)));
        vevent.add(new Summary(text(event.title())));
        add(vevent, event.description(), Description::new);
        add(vevent, event.venue(), Location::new);
        vevent.add(new Url(url));
        return vevent;
    }

    /**
     * A programme item at its start time, local in the host's zone, or floating where the zone is not
     * known. The sources give no end times, so none is made up: the item ends when it starts
     * (RFC 5545 3.6.1). Its UID is its place in the programme, which a rewrite of the event keeps.
     */
    private VEvent item(EventView event, EventView.DayView day, int position, EventView.ItemView item, URI url) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid("event-" + event.id() + "-" + DAY.format(day.date()) + "-" + position + "@" + domain));
        vevent.add(new DtStamp(event.updatedAt()));
        LocalDateTime start = day.date().atTime(item.time());
        vevent.add(event.zone() == null ? new DtStart<>(start) : new DtStart<>(ZonedDateTime.of(start, event.zone())));
        vevent.add(new Summary(text(item.title())));
        add(vevent, item.description(), Description::new);
        add(vevent, item.place() != null ? item.place() : event.venue(), Location::new);
        vevent.add(new Url(url));
        vevent.add(new RelatedTo(uid(event)));
        return vevent;
    }

    private String uid(EventView event) {
        return "event-" + event.id() + "@" + domain;
    }

    private VTimeZone vtimezone(ZoneId zone) {
        return zones.computeIfAbsent(zone, z -> registry().getTimeZone(z.getId()).getVTimeZone()).copy();
    }

    /** Read on first use, not at start: the tz definitions take a while to load, and few reads need them. */
    private TimeZoneRegistry registry() {
        TimeZoneRegistry known = registry;
        if (known == null) {
            synchronized (this) {
                if (registry == null) {
                    registry = TimeZoneRegistryFactory.getInstance().createRegistry();
                }
                known = registry;
            }
        }
        return known;
    }

    private static void add(VEvent vevent, LocalizedText text, java.util.function.Function<String, ? extends
            net.fortuna.ical4j.model.Property> property) {
        if (text != null) {
            vevent.add(property.apply(text(text)));
        }
    }

    /** A calendar holds one language (requireOne). */
    private static String text(LocalizedText text) {
        return (String) text.value();
    }
}
