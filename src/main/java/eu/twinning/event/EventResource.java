package eu.twinning.event;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.twinning.linkeddata.LinkedData;
import eu.twinning.security.Caller;
import eu.twinning.http.IfMatch;
import eu.twinning.i18n.Language;
import eu.twinning.i18n.LanguageParams;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.paging.Page;
import eu.twinning.paging.PageParams;
import eu.twinning.paging.SortKeys;
import eu.twinning.http.Responses;
import eu.twinning.security.Role;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/events")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    /** The list's sort keys, the default first (SortKeys): the list sorts by them, the spec lists them. */
    static final String SORT = "startDate,endDate,updatedAt";
    private static final SortKeys SORT_KEYS = SortKeys.parse(SORT);

    private final EventService service;
    private final EventCalendar calendar;
    private final LanguageResolver languages;
    private final SecurityIdentity identity;

    public EventResource(EventService service, EventCalendar calendar, LanguageResolver languages,
            SecurityIdentity identity) {
        this.service = service;
        this.calendar = calendar;
        this.languages = languages;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "List events",
            description = "Summaries of the network's events, without programme; read one event for its programme "
                    + "and delegations. from and to select the events that overlap the range.")
    @Extension(name = SortKeys.EXTENSION, value = SORT)
    public RestResponse<Page<EventSummary>> list(@BeanParam PageParams paging, @BeanParam LanguageParams lang,
            @Valid @BeanParam EventFilterParams filter, @Context UriInfo uri) {
        var events = filter.toFilter();
        var language = languages.resolve(lang);
        return Responses.page(service.list(events, paging.toRequest(SORT_KEYS), language), uri, language);
    }

    @GET
    @Path("{id}")
    @Produces({ MediaType.APPLICATION_JSON, LinkedData.MEDIA_TYPE })
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)),
            @Content(mediaType = LinkedData.MEDIA_TYPE, schema = @Schema(implementation = EventLinkedData.class)) })
    @Operation(operationId = "getEvent", summary = "Read an event with its delegations and programme",
            description = "The event, the delegations that came (participants per country, with the partners "
                    + "they stand for) and its programme day by day. Public. With Accept: application/ld+json, "
                    + "schema.org JSON-LD: an Event with a subEvent per programme item (a date-time with the host's "
                    + "UTC offset where the item has a time), located at the venue and the host partner.")
    public RestResponse<?> get(@PathParam("id") @Min(1) long id, @BeanParam LanguageParams lang,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        var language = languages.resolve(lang);
        if (LinkedData.wanted(headers)) {
            return Responses.ok(EventLinkedData.of(service.get(id, Language.ALL), language, uri.getBaseUri()),
                    language, LinkedData.MEDIA_TYPE);
        }
        return Responses.ok(service.get(id, language), language, MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("{id}.ics")
    @Produces(EventCalendar.MEDIA_TYPE)
    @Operation(operationId = "getEventCalendar", summary = "Read an event as a calendar (iCalendar)",
            description = "The event as an iCalendar object (RFC 5545), in one language (lang=* is refused): the event "
                    + "all-day over its dates, and each programme item with a start time as an event of its own, at "
                    + "that local time in the host's time zone. Public.")
    public RestResponse<String> calendar(@PathParam("id") @Min(1) long id, @BeanParam LanguageParams lang,
            @Context UriInfo uri) {
        var language = languages.resolve(lang);
        return Responses.ok(calendar.of(id, language, uri.getBaseUri(), uri.getRequestUri()), language);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createEvent", summary = "Add an event", description = "Roles: admin.")
    public RestResponse<EventView> create(@NotNull @Valid EventInput input, @BeanParam LanguageParams lang,
            @Context UriInfo uri) {
        var language = languages.resolve(lang);
        var created = service.create(input, Caller.of(identity), language);
        return Responses.created(created, uri, created.id(), language);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateEvent", summary = "Replace an event, its delegations and programme",
            description = "Roles: admin.")
    public RestResponse<EventView> update(@PathParam("id") @Min(1) long id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid EventInput input,
            @BeanParam LanguageParams lang) {
        var language = languages.resolve(lang);
        return Responses.ok(service.update(id, ifMatch.value, input, Caller.of(identity), language), language);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteEvent", summary = "Remove an event",
            description = "Roles: admin. Refused with 409 while memoranda or good practices refer to it.")
    public void delete(@PathParam("id") @Min(1) long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value, Caller.of(identity));
    }
}
