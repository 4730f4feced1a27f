package eu.twinning.paging;

import eu.twinning.http.Params;
import eu.twinning.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.QueryParam;


import io.quarkus.panache.common.Sort;

/**
 * Paging and sorting parameters, documented in the spec by eu.twinning.openapi.SharedParameters
 * and SortParameters. They arrive as strings so that a bad value is answered with a
 * 400 problem naming the parameter (JAX-RS would answer a failed conversion with a bare 404).
 */
public class PageParams {

    @QueryParam("page")
    public String page;

    @QueryParam("size")
    public String size;

    @QueryParam("sort")
    public String sort;

    public PageRequest toRequest(SortKeys sortKeys) {
        int pageNumber = Params.integer("page", page, 0, 0, PageRequest.MAX_PAGE);
        int pageSize = Params.integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        return new PageRequest(pageNumber, pageSize, parseSort(sort == null ? sortKeys.defaultSort() : sort, sortKeys));
    }

    /** Each key at most once, so a list has at most as many sort keys as it declares. */
    private static Sort parseSort(String value, SortKeys sortKeys) {
        Sort result = null;
        List<String> seen = new ArrayList<>();
        for (String key : value.split(",", -1)) {
            boolean descending = key.startsWith("-");
            String name = descending ? key.substring(1) : key;
            String column = sortKeys.key(name).map(SortKeys.SortKey::expression).orElse(null);
            if (column == null || seen.contains(name)) {
                throw ProblemException.invalid("sort", "'" + key + "' is not a sort key; allowed: "
                        + String.join(", ", sortKeys.names()) + " (prefix - for descending)");
            }
            seen.add(name);
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(column, direction) : result.and(column, direction);
        }
        // A unique last key keeps pages stable when sort values tie.
        return result.and("id", Sort.Direction.Ascending);
    }
}
