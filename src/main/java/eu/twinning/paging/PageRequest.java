package eu.twinning.paging;

import io.quarkus.panache.common.Sort;

/** A validated page request: page from 0, size 1..100, and a sort on allowed keys. */
public record PageRequest(int page, int size, Sort sort) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public io.quarkus.panache.common.Page panache() {
        return io.quarkus.panache.common.Page.of(page, size);
    }
}
