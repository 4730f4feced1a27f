package eu.twinning.event;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.feed.AtomFeed;
import eu.twinning.i18n.Labels;
import eu.twinning.i18n.Language;
import eu.twinning.linkeddata.LinkedData;
import eu.twinning.network.NetworkFeeds;
import io.quarkus.panache.common.Sort;

/**
 * The events as an Atom feed, for feed readers and the news blocks of CMSs: the events that start
 * last, each an entry with its description, type and links to it in JSON, JSON-LD and iCalendar. The
 * network publishes them all, so it is the feed's author; the entries' ids are those of the events
 * (tag:domain,2026:event-1), whatever the language or filter of the feed they are read in.
 */
@ApplicationScoped
public class EventFeed {

    private final EventService events;
    private final NetworkFeeds feeds;

    public EventFeed(EventService events, NetworkFeeds feeds) {
        this.events = events;
        this.feeds = feeds;
    }

    public String of(EventFilter filter, Language language, URI base, URI self) {
        AtomFeed.requireOne(language);
        List<AtomFeed.Entry> entries = events.all(filter, Sort.by("startDate", Sort.Direction.Descending),
                AtomFeed.MAX_ENTRIES, Language.ALL).stream().map(event -> entry(event, language, base)).toList();
        return feeds.write(Labels.EVENTS, entries, language, base, self);
    }

    private AtomFeed.Entry entry(EventView event, Language language, URI base) {
        String url = LinkedData.id(base, "events/" + event.id());
        String lang = "?lang=" + language.tag();
        return new AtomFeed.Entry(feeds.id("event-" + event.id()), AtomFeed.Text.of(event.title(), language),
                event.updatedAt(), event.createdAt(), null, AtomFeed.Text.of(event.description(), language), null,
                List.of(event.type().toString()),
                List.of(new AtomFeed.Link("alternate", "application/json", url + lang),
                        new AtomFeed.Link("alternate", LinkedData.MEDIA_TYPE, url + lang),
                        new AtomFeed.Link("alternate", EventCalendar.MEDIA_TYPE, url + ".ics" + lang)));
    }
}
