package eu.twinning.memorandum;


import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.twinning.linkeddata.LinkedData;
import eu.twinning.partner.PartnerInput;
import eu.twinning.security.Caller;
import eu.twinning.http.IfMatch;
import eu.twinning.i18n.Language;
import eu.twinning.i18n.LanguageParams;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.paging.Page;
import eu.twinning.paging.PageParams;
import eu.twinning.paging.SortKeys;
import eu.twinning.http.Params;
import eu.twinning.http.Responses;
import eu.twinning.security.Role;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/memoranda")
@Tag(name = "Memoranda")
@Produces(MediaType.APPLICATION_JSON)
public class MemorandumResource {

    /** The list's sort keys, the default first (SortKeys): the list sorts by them, the spec lists them. */
    static final String SORT = "signedOn,updatedAt";
    private static final SortKeys SORT_KEYS = SortKeys.parse(SORT);

    private final MemorandumService service;
    private final LanguageResolver languages;
    private final SecurityIdentity identity;

    public MemorandumResource(MemorandumService service, LanguageResolver languages, SecurityIdentity identity) {
        this.service = service;
        this.languages = languages;
        this.identity = identity;
    }

    @GET
    // Anonymous, or with a token that shows the caller's unpublished items too.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "listMemoranda", summary = "List memoranda of cooperation",
            description = "Signed and terminated memoranda for everyone; drafts also for admins, moderators and "
                    + "the editors of a signatory.")
    @Extension(name = SortKeys.EXTENSION, value = SORT)
    public RestResponse<Page<MemorandumView>> list(@BeanParam PageParams paging, @BeanParam LanguageParams lang,
            @Parameter(description = "Slug of a signatory partner", example = "raska") @QueryParam("partner")
            @Size(max = PartnerInput.SLUG_MAX_LENGTH) String partner,
            @Parameter(description = "Status; drafts only for those who may see them",
                    schema = @Schema(implementation = MemorandumStatus.class)) @QueryParam("status") String status,
            @QueryParam("q") String q,
            @QueryParam("updatedSince") String updatedSince,
            @Context UriInfo uri) {
        Caller caller = Caller.of(identity);
        var filter = new MemorandumFilter(partner, Params.enumValue("status", status, MemorandumStatus.class),
                Params.query(q), MemorandumVisibility.of(caller), Params.instant("updatedSince", updatedSince));
        var language = languages.resolve(lang);
        return Responses.page(service.list(filter, paging.toRequest(SORT_KEYS), language), uri, language);
    }

    @GET
    @Path("{id}")
    // Anonymous, or with a token that shows the caller's unpublished items too.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Produces({ MediaType.APPLICATION_JSON, LinkedData.MEDIA_TYPE })
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemorandumView.class)),
            @Content(mediaType = LinkedData.MEDIA_TYPE, schema = @Schema(implementation = MemorandumLinkedData.class)) })
    @Operation(operationId = "getMemorandum", summary = "Read a memorandum",
            description = "A draft is 404 except to admins, moderators and its signatories' editors. With Accept: "
                    + "application/ld+json, schema.org JSON-LD: a CreativeWork made when and where it was signed, "
                    + "about its signatories.")
    public RestResponse<?> get(@PathParam("id") @Min(1) long id, @BeanParam LanguageParams lang,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        var language = languages.resolve(lang);
        if (LinkedData.wanted(headers)) {
            return Responses.ok(MemorandumLinkedData.of(service.get(id, Caller.of(identity), Language.ALL), language,
                    uri.getBaseUri()), language, LinkedData.MEDIA_TYPE);
        }
        return Responses.ok(service.get(id, Caller.of(identity), language), language, MediaType.APPLICATION_JSON);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemorandumView.class)))
    @RolesAllowed({ Role.ADMIN_NAME, Role.EDITOR_NAME })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createMemorandum", summary = "Add a memorandum",
            description = "Roles: admin; editor, for a draft that its own partner signs.")
    public RestResponse<MemorandumView> create(@NotNull @Valid MemorandumInput input, @BeanParam LanguageParams lang,
            @Context UriInfo uri) {
        var language = languages.resolve(lang);
        var created = service.create(input, Caller.of(identity), language);
        return Responses.created(created, uri, created.id(), language);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.EDITOR_NAME })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateMemorandum", summary = "Replace a memorandum",
            description = "Roles: admin; editor, for a draft that its own partner signs and that stays one.")
    public RestResponse<MemorandumView> update(@PathParam("id") @Min(1) long id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid MemorandumInput input,
            @BeanParam LanguageParams lang) {
        var language = languages.resolve(lang);
        return Responses.ok(service.update(id, ifMatch.value, input, Caller.of(identity), language), language);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.EDITOR_NAME })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteMemorandum", summary = "Remove a memorandum",
            description = "Roles: admin; editor, for its own partner's drafts.")
    public void delete(@PathParam("id") @Min(1) long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value, Caller.of(identity));
    }
}
