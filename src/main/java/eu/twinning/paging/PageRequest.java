package eu.twinning.paging;

import io.quarkus.panache.common.Sort;

/** A validated page request: page from 0, size 1..100, and a sort on allowed keys. */
public record PageRequest(int page, int size, Sort sort) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The last page number whose first item's offset is still an int. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public io.quarkus.panache.common.Page panache() {
        return io.quarkus.panache.common.Page.of(page, size);
    }
}
