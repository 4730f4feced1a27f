package eu.twinning.partner;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/partners")
@Tag(name = "Partners", description = "Member cities and districts of the network")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

    /** The list's sort keys, the default first (SortKeys): the list sorts by them, the spec lists them. */
    static final String SORT = "name=" + PartnerRepository.NAME_KEY + ",country=countryCode,slug,updatedAt";
    private static final SortKeys SORT_KEYS = SortKeys.parse(SORT);

    private final PartnerService service;
    private final LanguageResolver languages;
    private final SecurityIdentity identity;

    public PartnerResource(PartnerService service, LanguageResolver languages, SecurityIdentity identity) {
        this.service = service;
        this.languages = languages;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listPartners", summary = "List partners",
            description = "The network's partners, a page at a time, in the reader's language; the filters combine. "
                    + "Sorted by name (the default), they follow the reader's language: its names, in its alphabet's "
                    + "order (in Latvian, Š after S and Ž after Z); with lang=*, the English names' order.")
    @Extension(name = SortKeys.EXTENSION, value = SORT)
    public RestResponse<Page<PartnerView>> list(@BeanParam PageParams paging, @BeanParam LanguageParams lang,
            @BeanParam PartnerFilterParams filter, @Context UriInfo uri) {
        var partners = filter.toFilter();
        var language = languages.resolve(lang);
        var page = service.list(partners, paging.toRequest(SORT_KEYS), language);
        return Responses.page(page, uri, language);
    }

    @GET
    @Path("{slug}")
    @Produces({ MediaType.APPLICATION_JSON, LinkedData.MEDIA_TYPE })
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerView.class)),
            @Content(mediaType = LinkedData.MEDIA_TYPE, schema = @Schema(implementation = PartnerLinkedData.class)) })
    @Operation(operationId = "getPartner", summary = "Read a partner",
            description = "A partner city or district by its slug. Public; fields the sources do not give are null. "
                    + "With Accept: application/ld+json, schema.org JSON-LD: a City (an AdministrativeArea for a "
                    + "district) with its geo coordinates and country.")
    public RestResponse<?> get(@PathParam("slug") @Size(max = PartnerInput.SLUG_MAX_LENGTH)
            @Pattern(regexp = PartnerInput.SLUG, message = PartnerInput.SLUG_MESSAGE) String slug,
            @BeanParam LanguageParams lang, @Context HttpHeaders headers, @Context UriInfo uri) {
        var language = languages.resolve(lang);
        if (LinkedData.wanted(headers)) {
            return Responses.ok(PartnerLinkedData.of(service.get(slug, Language.ALL), language, uri.getBaseUri()),
                    language, LinkedData.MEDIA_TYPE);
        }
        return Responses.ok(service.get(slug, language), language, MediaType.APPLICATION_JSON);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerView.class)))
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createPartner", summary = "Add a partner", description = "Roles: admin.")
    public RestResponse<PartnerView> create(@NotNull @Valid PartnerInput input, @BeanParam LanguageParams lang,
            @Context UriInfo uri) {
        var language = languages.resolve(lang);
        var created = service.create(input, Caller.of(identity), language);
        return Responses.created(created, uri, created.slug(), language);
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.EDITOR_NAME })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updatePartner", summary = "Replace a partner",
            description = "Roles: admin; editor of this partner. A different slug in the body renames the partner; "
                    + "only an admin may change slug, country or role (403 for an editor).")
    public RestResponse<PartnerView> update(@PathParam("slug") @Size(max = PartnerInput.SLUG_MAX_LENGTH) @Pattern(regexp = PartnerInput.SLUG, message = PartnerInput.SLUG_MESSAGE)
            String slug, @BeanParam IfMatch ifMatch,
            @NotNull @Valid PartnerInput input,
            @BeanParam LanguageParams lang) {
        var language = languages.resolve(lang);
        return Responses.ok(service.update(slug, ifMatch.value, input, Caller.of(identity), language), language);
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deletePartner", summary = "Remove a partner",
            description = "Roles: admin. Refused with 409 while memoranda, events or good practices refer to it; "
                    + "its editor tokens are deleted with it.")
    public void delete(@PathParam("slug") @Size(max = PartnerInput.SLUG_MAX_LENGTH) @Pattern(regexp = PartnerInput.SLUG, message = PartnerInput.SLUG_MESSAGE)
            String slug, @BeanParam IfMatch ifMatch) {
        service.delete(slug, ifMatch.value, Caller.of(identity));
    }
}
