package eu.twinning.audit;

import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.twinning.i18n.Language;
import eu.twinning.paging.Page;
import eu.twinning.paging.PageParams;
import eu.twinning.paging.SortKeys;
import eu.twinning.http.Params;
import eu.twinning.http.Responses;
import eu.twinning.security.Role;

@Path("/api/v1/audit-entries")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = "bearer")
public class AuditResource {

    /** The list's sort keys, the default first (SortKeys): the list sorts by them, the spec lists them. */
    static final String SORT = "-occurredAt";
    private static final SortKeys SORT_KEYS = SortKeys.parse(SORT);

    private final AuditService service;

    public AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "List the audit log of writes (admin)",
            description = "Roles: admin. Newest first by default.")
    @Extension(name = SortKeys.EXTENSION, value = SORT)
    public RestResponse<Page<AuditEntryView>> list(@BeanParam PageParams paging,
            @Parameter(description = "partner, memorandum, event, good-practice, network or token",
                    example = "partner") @QueryParam("resourceType")
            @Size(max = AuditEntry.TYPE_LENGTH) String resourceType,
            @Parameter(description = "Slug or id of the resource", example = "raska") @QueryParam("resourceKey")
            @Size(max = AuditEntry.KEY_LENGTH) String resourceKey,
            @Parameter(description = "Entries on or after this date", example = "2026-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from")
            String from,
            @Context UriInfo uri) {
        var since = Params.date("from", from);
        var filter = new AuditFilter(resourceType, resourceKey,
                since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant());
        var result = service.list(filter, paging.toRequest(SORT_KEYS));
        return Responses.page(result, uri, Language.ALL);
    }
}
