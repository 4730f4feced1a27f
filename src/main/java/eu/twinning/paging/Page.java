package eu.twinning.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the totals a client needs to page through it. */
public record Page<T>(
        @Schema(maxItems = PageRequest.MAX_SIZE) List<T> items,
        @Schema(description = "Page number, from 0", minimum = "0", maximum = "" + PageRequest.MAX_PAGE, examples = "0")
        int page,
        @Schema(description = "Page size", minimum = "1", maximum = "" + PageRequest.MAX_SIZE, examples = "20") int size,
        @Schema(description = "Items matching the filters, on all pages", minimum = "0", examples = "11") long totalItems,
        @Schema(description = "Number of pages", minimum = "0", examples = "1") int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, totalPages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
