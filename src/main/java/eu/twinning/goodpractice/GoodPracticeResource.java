package eu.twinning.goodpractice;


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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

import eu.twinning.security.Caller;
import eu.twinning.http.IfMatch;
import eu.twinning.i18n.LanguageParams;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.paging.Page;
import eu.twinning.paging.PageParams;
import eu.twinning.paging.SortKeys;
import eu.twinning.http.Params;
import eu.twinning.http.Responses;
import eu.twinning.security.Role;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/good-practices")
@Tag(name = "Good practices")
@Produces(MediaType.APPLICATION_JSON)
public class GoodPracticeResource {

    /** The list's sort keys, the default first (SortKeys): the list sorts by them, the spec lists them. */
    static final String SORT = "-createdAt,submittedAt,reviewedAt,updatedAt";
    private static final SortKeys SORT_KEYS = SortKeys.parse(SORT);

    private final GoodPracticeService service;
    private final LanguageResolver languages;
    private final SecurityIdentity identity;

    public GoodPracticeResource(GoodPracticeService service, LanguageResolver languages, SecurityIdentity identity) {
        this.service = service;
        this.languages = languages;
        this.identity = identity;
    }

    @GET
    // Anonymous, or with a token that shows the caller's unpublished items too.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "listGoodPractices", summary = "List good practices",
            description = "Anonymous readers see published items; editors also their own partner's items in any "
                    + "state; moderators and admins all.")
    @Extension(name = SortKeys.EXTENSION, value = SORT)
    public RestResponse<Page<GoodPracticeView>> list(@BeanParam PageParams paging, @BeanParam LanguageParams lang,
            @BeanParam GoodPracticeFilterParams filters,
            @Parameter(description = "Workflow state, among the items the caller may see",
                    schema = @Schema(implementation = GoodPracticeStatus.class)) @QueryParam("status") String status,
            @Context UriInfo uri) {
        var filter = filters.toFilter(Params.enumValue("status", status, GoodPracticeStatus.class),
                GoodPracticeVisibility.of(Caller.of(identity)));
        var language = languages.resolve(lang);
        return Responses.page(service.list(filter, paging.toRequest(SORT_KEYS), language), uri,
                language);
    }

    @GET
    @Path("{id}")
    // Anonymous, or with a token that shows the caller's unpublished items too.
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "getGoodPractice", summary = "Read a good practice",
            description = "An unpublished item is 404 except to its partner's editors, moderators and admins.")
    public RestResponse<GoodPracticeView> get(@PathParam("id") @Min(1) long id, @BeanParam LanguageParams lang) {
        var language = languages.resolve(lang);
        return Responses.ok(service.get(id, Caller.of(identity), language), language);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoodPracticeView.class)))
    @RolesAllowed({ Role.ADMIN_NAME, Role.EDITOR_NAME })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createGoodPractice", summary = "Create a good-practice draft",
            description = "Roles: admin; editor, for its own partner. The item starts as a draft; status and "
                    + "review fields in the body are ignored.")
    public RestResponse<GoodPracticeView> create(@NotNull @Valid GoodPracticeInput input,
            @BeanParam LanguageParams lang, @Context UriInfo uri) {
        var language = languages.resolve(lang);
        var created = service.create(input, Caller.of(identity), language);
        return Responses.created(created, uri, created.id(), language);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.EDITOR_NAME })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateGoodPractice", summary = "Replace a good practice",
            description = "Roles: admin; editor of its partner, for drafts and rejected items (a rejected item "
                    + "goes back to draft). 409 for an editor's change to a submitted or published item.")
    public RestResponse<GoodPracticeView> update(@PathParam("id") @Min(1) long id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid GoodPracticeInput input,
            @BeanParam LanguageParams lang) {
        var language = languages.resolve(lang);
        return Responses.ok(service.update(id, ifMatch.value, input, Caller.of(identity), language), language);
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed({ Role.ADMIN_NAME, Role.EDITOR_NAME })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "submitGoodPractice", summary = "Submit a draft for review",
            description = "Roles: admin; editor of its partner. 409 unless the item is a draft.")
    public RestResponse<GoodPracticeView> submit(@PathParam("id") @Min(1) long id, @BeanParam IfMatch ifMatch,
            @BeanParam LanguageParams lang) {
        var language = languages.resolve(lang);
        return Responses.ok(service.submit(id, ifMatch.value, Caller.of(identity), language), language);
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.ADMIN_NAME, Role.MODERATOR_NAME })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "reviewGoodPractice", summary = "Publish or reject a submitted good practice",
            description = "Roles: admin, moderator. 409 unless the item is submitted; a rejection needs a reason, "
                    + "which the submitter can read.")
    public RestResponse<GoodPracticeView> review(@PathParam("id") @Min(1) long id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid ReviewInput review,
            @BeanParam LanguageParams lang) {
        var language = languages.resolve(lang);
        return Responses.ok(service.review(id, ifMatch.value, review, Caller.of(identity), language), language);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Role.ADMIN_NAME, Role.EDITOR_NAME })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteGoodPractice", summary = "Remove a good practice",
            description = "Roles: admin; editor of its partner, for items that are not published.")
    public void delete(@PathParam("id") @Min(1) long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value, Caller.of(identity));
    }
}
