package eu.twinning.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import eu.twinning.http.IfMatch;
import eu.twinning.http.Responses;
import eu.twinning.i18n.Language;
import eu.twinning.paging.Page;
import eu.twinning.paging.PageParams;
import eu.twinning.paging.SortKeys;
import eu.twinning.security.Caller;
import eu.twinning.security.Role;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = "bearer")
public class WebhookResource {

    /** The lists' sort keys, the default first (SortKeys): the lists sort by them, the spec lists them. */
    static final String SORT = "createdAt";
    static final String DELIVERY_SORT = "-createdAt";
    private static final SortKeys SORT_KEYS = SortKeys.parse(SORT);
    private static final SortKeys DELIVERY_SORT_KEYS = SortKeys.parse(DELIVERY_SORT);

    private final WebhookService service;
    private final SecurityIdentity identity;

    public WebhookResource(WebhookService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions (admin)",
            description = "Roles: admin. Never shows a secret.")
    @Extension(name = SortKeys.EXTENSION, value = SORT)
    public RestResponse<Page<WebhookView>> list(@BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(service.list(paging.toRequest(SORT_KEYS)), uri, Language.ALL);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook subscription (admin)",
            description = "Roles: admin. Whether it is active, and why the server disabled it if it did.")
    public RestResponse<WebhookView> get(@PathParam("id") @Min(1) long id) {
        return Responses.ok(service.get(id), Language.ALL);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "Created; the only response that shows the secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to changes (admin)",
            description = "Roles: admin. Every change of the chosen types (all when none are given) is POSTed to the "
                    + "URL as a WebhookMessage, signed with the secret of this answer (Standard Webhooks). The URL "
                    + "must be https and resolve to public addresses (checked now and before each delivery).")
    public RestResponse<WebhookView> create(@NotNull @Valid WebhookInput input, @Context UriInfo uri) {
        var created = service.create(input, Caller.of(identity));
        return RestResponse.ResponseBuilder.fromResponse(Responses.created(created, uri, created.id(), Language.ALL))
                .header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Change a webhook subscription (admin)",
            description = "Roles: admin. The secret stays. active: true resumes a subscription the server disabled, "
                    + "with the deliveries it had pending.")
    public RestResponse<WebhookView> update(@PathParam("id") @Min(1) long id, @BeanParam IfMatch ifMatch,
            @NotNull @Valid WebhookInput input) {
        return Responses.ok(service.update(id, ifMatch.value, input, Caller.of(identity)), Language.ALL);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook subscription (admin)",
            description = "Roles: admin. Its delivery log goes with it; what was pending is not sent.")
    public void delete(@PathParam("id") @Min(1) long id, @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.value, Caller.of(identity));
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Read a subscription's delivery log (admin)",
            description = "Roles: admin. Each message, its attempts, the receiver's last status or why it failed, and "
                    + "when it is tried next. Newest first by default.")
    @Extension(name = SortKeys.EXTENSION, value = DELIVERY_SORT)
    public RestResponse<Page<DeliveryView>> deliveries(@PathParam("id") @Min(1) long id,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        return Responses.page(service.deliveries(id, paging.toRequest(DELIVERY_SORT_KEYS)), uri, Language.ALL);
    }
}
