package eu.twinning.cache;

import java.util.concurrent.atomic.LongAdder;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import eu.twinning.change.DataVersion;
import eu.twinning.config.TwinningConfig;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Anonymous reads, serialized once per data version: bounded in bytes, emptied whenever the version
 * moves, and not used at all while this instance might not hear of writes elsewhere (a PostgreSQL
 * instance whose listener is disconnected). An entry built at an older version than the current
 * one is never served.
 */
@Singleton
public class ResponseCache {

    private final boolean enabled;
    private final DataVersion version;
    private final Cache<String, CachedResponse> entries;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder bypasses = new LongAdder();

    public ResponseCache(TwinningConfig config, DataVersion version, MeterRegistry metrics) {
        this.enabled = config.cache().enabled();
        this.version = version;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.cache().maxSize().asLongValue())
                .<String, CachedResponse>weigher((key, entry) -> entry.weight(key))
                .build();
        version.onChange(stamp -> entries.invalidateAll());
        register(metrics);
    }

    /** Whether reads may be answered from, and stored in, the cache now. */
    boolean usable() {
        return enabled && version.trusted();
    }

    /** The entry for this key if it was built at the current version; counts a hit or a miss. */
    CachedResponse lookup(String key, long currentVersion) {
        CachedResponse entry = entries.getIfPresent(key);
        if (entry != null && entry.version() == currentVersion) {
            hits.increment();
            return entry;
        }
        misses.increment();
        return null;
    }

    /** Keeps an answer built at a version that is still current; one built before a write is dropped. */
    void store(String key, CachedResponse entry) {
        if (usable() && entry.version() == version.current().version()) {
            entries.put(key, entry);
        }
    }

    /** A read that may not use the cache: authenticated, or while the cache is not usable. */
    void bypassed() {
        bypasses.increment();
    }

    private void register(MeterRegistry metrics) {
        String requests = "twinning.response.cache.requests";
        FunctionCounter.builder(requests, hits, LongAdder::sum).tag("result", "hit")
                .description("Anonymous reads answered from the response cache").register(metrics);
        FunctionCounter.builder(requests, misses, LongAdder::sum).tag("result", "miss")
                .description("Anonymous reads built because the cache had no current answer").register(metrics);
        FunctionCounter.builder(requests, bypasses, LongAdder::sum).tag("result", "bypass")
                .description("Reads that may not use the cache (authenticated, or the cache unusable)")
                .register(metrics);
        Gauge.builder("twinning.response.cache.hit.ratio", this, ResponseCache::hitRatio)
                .description("Hits among anonymous reads since start").register(metrics);
        Gauge.builder("twinning.response.cache.size", this, c -> c.weight())
                .baseUnit("bytes").description("Memory the cached responses take, roughly").register(metrics);
        Gauge.builder("twinning.response.cache.entries", entries, Cache::estimatedSize)
                .description("Cached responses").register(metrics);
    }

    private double hitRatio() {
        long hit = hits.sum();
        long total = hit + misses.sum();
        return total == 0 ? 0 : (double) hit / total;
    }

    private long weight() {
        return entries.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }
}
