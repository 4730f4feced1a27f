package eu.twinning.change;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

import eu.twinning.http.Params;

@Path("/api/v1/changes")
@Tag(name = "Changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    private final ChangeFeed feed;

    public ChangeResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Follow every change to public data",
            description = "Public. Without since, a first sync: every public resource (as created), then the changes "
                    + "made meanwhile; with the next cursor of an earlier answer, the changes after it. Each resource "
                    + "appears with its last change only, in commit order: created or updated (fetch link with lang=*), "
                    + "or deleted (a tombstone; also when an item is unpublished). Follow next while hasMore, then keep "
                    + "it for later. Cursors stay valid across restarts and instances; tombstones are kept "
                    + "TWINNING_CHANGES_RETENTION (90 days by default), and a cursor older than a pruned tombstone, or "
                    + "than an import, is answered 410: sync from scratch.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "410", ref = "Gone")
    public RestResponse<ChangePage> list(
            @Parameter(description = "The next cursor of an earlier answer; none for a first sync",
                    example = "djE6NDI6MA") @QueryParam("since") @Size(max = ChangeCursor.MAX_LENGTH) String since,
            @Parameter(description = "Changes per answer", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "" + ChangeFeed.MAX_SIZE, defaultValue = "" + ChangeFeed.DEFAULT_SIZE))
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        ChangePage page = feed.read(since == null ? null : ChangeCursor.decode(since),
                Params.integer("limit", limit, ChangeFeed.DEFAULT_SIZE, 1, ChangeFeed.MAX_SIZE));
        ResponseBuilder<ChangePage> answer = ResponseBuilder.ok(page);
        if (page.hasMore()) {
            answer.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("since", page.next()).build()
                    + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
