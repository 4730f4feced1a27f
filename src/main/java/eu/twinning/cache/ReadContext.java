package eu.twinning.cache;

import eu.twinning.change.DataVersion;

/**
 * What the edge learnt about a read before JAX-RS builds it: the data version it is read at (its
 * Last-Modified, and the version a cached copy is tagged with), and its cache key, when it may be
 * cached at all (anonymous, and the cache usable).
 */
record ReadContext(DataVersion.Stamp stamp, String key) {
    static final String ATTRIBUTE = ReadContext.class.getName();
}
