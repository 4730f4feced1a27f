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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    @Operation(operationId = "exportNetwork", summary = "Export the whole network as one document (admin)",
            description = "Roles: admin. formatVersion 2: the network, every partner, event (with its delegations and "
                    + "programme), memorandum and good practice (drafts and unpublished ones too, with their review), "
                    + "each as a read with lang=* answers it, with its version; ids and timestamps kept. Derived data "
                    + "(search text, sort keys), tokens and the audit log are not included. Import it with "
                    + "importNetwork, here or on another instance.")
    public NetworkExport export() {
        return archive.export();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importNetwork", summary = "Replace the network with an exported document (admin)",
            description = "Roles: admin. Replaces the network, its partners, events, memoranda and good practice with "
                    + "the document's (formatVersion 2, or 1 of older exports), all or nothing: every item is checked as "
                    + "its write checks it, and references between items against the document; a bad document is "
                    + "refused with every fault named (partners[3].country, up to 100 of them) and changes nothing. "
                    + "Editor tokens are removed (issue new ones); other tokens and the audit log stay. Answers the "
                    + "number of items imported. Bodies may be up to 16 MiB here.")
    @RequestBody(required = true, description = "A document that exportNetwork answers: formatVersion 2 "
            + "(NetworkExport), or formatVersion 1 of older instances (every table row for row: {\"format\", "
            + "\"formatVersion\": 1, \"exportedAt\", \"tables\": {\"partner\": [{...}], ...}}), whose faults are "
            + "named by table, row and column (tables.partner[0].name)")
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
