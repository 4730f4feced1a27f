package eu.twinning.network;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.twinning.linkeddata.LinkedData;
import eu.twinning.security.Caller;
import eu.twinning.http.IfMatch;
import eu.twinning.i18n.Language;
import eu.twinning.i18n.LanguageParams;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.http.Responses;
import eu.twinning.security.Role;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/network")
@Tag(name = "Network")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    private final NetworkService service;
    private final NetworkArchive archive;
    private final LanguageResolver languages;
    private final SecurityIdentity identity;

    public NetworkResource(NetworkService service, NetworkArchive archive, LanguageResolver languages,
            SecurityIdentity identity) {
        this.service = service;
        this.archive = archive;
        this.languages = languages;
        this.identity = identity;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, LinkedData.MEDIA_TYPE })
    @APIResponse(responseCode = "200", description = "OK", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NetworkView.class)),
            @Content(mediaType = LinkedData.MEDIA_TYPE, schema = @Schema(implementation = NetworkLinkedData.class)) })
    @Operation(operationId = "getNetwork", summary = "Read the network: the project, its programme and call figures",
            description = "The twinning project this instance serves, with the languages it answers in and the "
                    + "countries of its partners (derived from the partner list). Public. With Accept: "
                    + "application/ld+json, schema.org JSON-LD: a Project funded by its programme.")
    public RestResponse<?> get(@BeanParam LanguageParams lang, @Context HttpHeaders headers, @Context UriInfo uri) {
        var language = languages.resolve(lang);
        if (LinkedData.wanted(headers)) {
            return Responses.ok(NetworkLinkedData.of(service.get(Language.ALL), language, uri.getBaseUri()), language,
                    LinkedData.MEDIA_TYPE);
        }
        return Responses.ok(service.get(language), language, MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("export")
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "exportNetwork", summary = "Export the whole network as one JSON document (admin)",
            description = "Roles: admin. Every table of the network, row for row, all languages, ids kept; tokens "
                    + "and the audit log are not included. Import it with importNetwork.")
    public java.util.Map<String, Object> export() {
        return archive.export();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importNetwork", summary = "Replace the network with an exported document (admin)",
            description = "Roles: admin. Replaces all partners, events, memoranda, good practice and the network "
                    + "in one transaction; editor tokens are removed (issue new ones), other tokens and the "
                    + "audit log stay. Answers the number of rows per table. Bodies may be up to 16 MiB here.")
    public java.util.Map<String, Integer> importDocument(@NotNull java.util.Map<String, Object> document) {
        return archive.replaceWith(document, Caller.of(identity));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateNetwork", summary = "Replace the network's description",
            description = "Roles: admin.")
    public RestResponse<NetworkView> update(@BeanParam IfMatch ifMatch, @NotNull @Valid NetworkInput input,
            @BeanParam LanguageParams lang) {
        var language = languages.resolve(lang);
        return Responses.ok(service.update(ifMatch.value, input, Caller.of(identity), language), language);
    }
}
