package eu.twinning.http;

/** A representation of a stored version of a resource: the source of its ETag. */
public interface Versioned {
    long version();
}
