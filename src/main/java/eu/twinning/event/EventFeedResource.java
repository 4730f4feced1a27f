package eu.twinning.event;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.twinning.feed.AtomFeed;
import eu.twinning.http.Responses;
import eu.twinning.i18n.LanguageParams;
import eu.twinning.i18n.LanguageResolver;

/** The events as an Atom feed, for feed readers (public events only, so no token). */
@Path("/api/v1/events.atom")
@Tag(name = "Events")
@Produces(AtomFeed.MEDIA_TYPE)
public class EventFeedResource {

    private final EventFeed feed;
    private final LanguageResolver languages;

    public EventFeedResource(EventFeed feed, LanguageResolver languages) {
        this.feed = feed;
        this.languages = languages;
    }

    @GET
    @Operation(operationId = "getEventsFeed", summary = "The events as a feed (Atom)",
            description = "The events of the list's filters as an Atom feed (RFC 4287) in one language (lang=* is "
                    + "refused): an entry per event with its description, type (category) and links to it in "
                    + "JSON, JSON-LD and iCalendar. Entry ids are tag: URIs of the configured TWINNING_ID_DOMAIN "
                    + "(tag:<domain>,2026:event-1) that never change; updated is the event's updatedAt. Not paged: "
                    + "at most " + AtomFeed.MAX_ENTRIES + " entries, the events that start last. Public.")
    public RestResponse<String> events(@BeanParam LanguageParams lang, @BeanParam EventFilterParams filter,
            @Context UriInfo uri) {
        var events = filter.toFilter();
        var language = languages.resolve(lang);
        return Responses.ok(feed.of(events, language, uri.getBaseUri(), uri.getRequestUri()), language);
    }
}
