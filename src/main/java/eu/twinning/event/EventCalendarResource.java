package eu.twinning.event;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.twinning.http.Responses;
import eu.twinning.i18n.LanguageParams;
import eu.twinning.i18n.LanguageResolver;

/**
 * The events as iCalendar, for calendar apps to subscribe to (public events only, so no token). One
 * event's calendar is EventResource's: under /api/v1/events, its path belongs to that resource.
 */
@Path("/api/v1")
@Tag(name = "Events")
@Produces(EventCalendar.MEDIA_TYPE)
public class EventCalendarResource {

    private final EventCalendar calendar;
    private final LanguageResolver languages;

    public EventCalendarResource(EventCalendar calendar, LanguageResolver languages) {
        this.calendar = calendar;
        this.languages = languages;
    }

    @GET
    @Path("events.ics")
    @Operation(operationId = "getEventsCalendar", summary = "The events as a calendar to subscribe to (iCalendar)",
            description = "The events of the list's filters as one iCalendar object (RFC 5545), in one language "
                    + "(lang=* is refused): each event all-day over its dates, and each programme item with a start "
                    + "time as an event of its own, at that local time in the host's time zone (VTIMEZONE included). "
                    + "UIDs are stable (event-1@ the configured TWINNING_ID_DOMAIN). Not paged: at most "
                    + EventCalendar.MAX_EVENTS + " events, those that start last. Public.")
    public RestResponse<String> events(@BeanParam LanguageParams lang, @Valid @BeanParam EventFilterParams filter,
            @Context UriInfo uri) {
        var events = filter.toFilter();
        var language = languages.resolve(lang);
        return Responses.ok(calendar.of(events, language, uri.getBaseUri(), uri.getRequestUri()), language);
    }
}
