package eu.twinning.change;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "Changes in commit order, and where to go on from")
public record ChangePage(
        @Schema(maxItems = ChangeFeed.MAX_SIZE) List<ChangeRecord> items,
        @Schema(description = "The cursor to send as since next time: at once while hasMore, later to hear of "
                + "newer changes. Keep it with your copy.", maxLength = ChangeCursor.MAX_LENGTH,
                examples = "djE6NDI6MA") String next,
        @Schema(description = "Whether more changes follow at once") boolean hasMore) {
}
