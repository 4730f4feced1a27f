package eu.twinning.cache;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.vertx.core.buffer.Buffer;

/**
 * An anonymous read's answer as it went out, for as long as the data version it was built at is
 * current: the body's bytes, the headers that describe the representation (never per-request ones
 * such as rate limits or CORS), and its validators.
 */
record CachedResponse(long version, Buffer body, List<Map.Entry<CharSequence, CharSequence>> headers, String etag,
        Instant lastModified, List<Map.Entry<CharSequence, CharSequence>> validatorHeaders, String routeTemplate) {

    /** What the entry costs in memory, roughly: the body, the headers and the key. */
    int weight(String key) {
        int size = body.length() + 2 * key.length() + 128;
        for (Map.Entry<CharSequence, CharSequence> header : headers) {
            size += 2 * (header.getKey().length() + header.getValue().length()) + 32;
        }
        return size;
    }
}
