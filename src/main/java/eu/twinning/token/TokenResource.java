package eu.twinning.token;


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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import eu.twinning.partner.PartnerInput;
import eu.twinning.security.Caller;
import eu.twinning.i18n.LanguageParams;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.paging.Page;
import eu.twinning.paging.PageParams;
import eu.twinning.paging.SortKeys;
import eu.twinning.http.Params;
import eu.twinning.http.Responses;
import eu.twinning.security.Role;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/tokens")
@Tag(name = "Tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = "bearer")
public class TokenResource {

    /** The list's sort keys, the default first (SortKeys): the list sorts by them, the spec lists them. */
    static final String SORT = "createdAt,name";
    private static final SortKeys SORT_KEYS = SortKeys.parse(SORT);

    private final TokenService service;
    private final LanguageResolver languages;
    private final SecurityIdentity identity;

    public TokenResource(TokenService service, LanguageResolver languages, SecurityIdentity identity) {
        this.service = service;
        this.languages = languages;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listTokens", summary = "List API tokens (admin)",
            description = "Roles: admin. Never shows a token or its hash.")
    @Extension(name = SortKeys.EXTENSION, value = SORT)
    public RestResponse<Page<TokenView>> list(@BeanParam PageParams paging, @BeanParam LanguageParams lang,
            @Parameter(description = "Role of the token", schema = @Schema(implementation = Role.class))
            @QueryParam("role") String role,
            @Parameter(description = "Slug of an editor's partner", example = "raska") @QueryParam("partner")
            @Size(max = PartnerInput.SLUG_MAX_LENGTH) String partner,
            @Context UriInfo uri) {
        var language = languages.resolve(lang);
        var filter = new TokenFilter(Params.enumValue("role", role, Role.class), partner);
        return Responses.page(service.list(filter, paging.toRequest(SORT_KEYS), language), uri,
                language);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getToken", summary = "Read an API token's record (admin)",
            description = "Roles: admin. Name, role, partner, expiry, last use and revocation; never the token "
                    + "or its hash.")
    public RestResponse<TokenView> get(@PathParam("id") @Min(1) long id, @BeanParam LanguageParams lang) {
        var language = languages.resolve(lang);
        return Responses.ok(service.get(id, language), language);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "Created; the only response that shows the token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedToken.class)))
    @Operation(operationId = "issueToken", summary = "Issue an API token (admin)",
            description = "The token is shown in this response only; the server keeps a hash of it.")
    public RestResponse<IssuedToken> issue(@NotNull @Valid TokenInput input, @BeanParam LanguageParams lang,
            @Context UriInfo uri) {
        var language = languages.resolve(lang);
        var issued = service.issue(input, Caller.of(identity), language);
        return RestResponse.ResponseBuilder.fromResponse(Responses.created(issued, uri, issued.id(), language))
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke an API token (admin)",
            description = "It stops working at once; its record stays for the audit log.")
    public void revoke(@PathParam("id") @Min(1) long id) {
        service.revoke(id, Caller.of(identity));
    }
}
