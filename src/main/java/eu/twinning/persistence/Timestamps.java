package eu.twinning.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time a write stores, at the microsecond precision of both databases' timestamps, so that the
 * answer to a write shows the same bytes (and ETag) as every later read of what it stored.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
