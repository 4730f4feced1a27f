package eu.twinning.paging;

import java.util.function.LongSupplier;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import eu.twinning.change.DataVersion;

/**
 * The totals of lists, counted once per filter and data version: a count reads every matching row,
 * which grows with the data, while the pages of one filter all share it. A count is kept only with
 * the version it was counted at, and given only while that version is current.
 */
@Singleton
public class Counts {

    private record Counted(long version, long total) {
    }

    private final DataVersion version;
    private final Cache<String, Counted> counted = Caffeine.newBuilder().maximumSize(10_000).build();

    public Counts(DataVersion version) {
        this.version = version;
    }

    /** The total for this filter (a value that names it whole, such as its record), counted if need be. */
    public long of(String list, Object filter, LongSupplier count) {
        String key = list + filter;
        if (!version.trusted()) {
            return count.getAsLong();
        }
        long now = version.current().version();
        Counted known = counted.getIfPresent(key);
        if (known != null && known.version() == now) {
            return known.total();
        }
        long total = count.getAsLong();
        counted.put(key, new Counted(now, total));
        return total;
    }
}
