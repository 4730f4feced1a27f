package eu.twinning.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: after each wait of the schedule in turn, each ±20 % (jitter,
 * so that receivers coming back are not hit by every retry at once); after the last, it fails.
 */
public record RetrySchedule(List<Duration> waits) {

    /** The attempts a delivery gets: the first, and one after each wait. */
    public int attempts() {
        return waits.size() + 1;
    }

    /** When to try again after the given number of failed attempts, or null when that was the last. */
    public Instant next(int failedAttempts, Instant now) {
        if (failedAttempts >= attempts()) {
            return null;
        }
        long millis = waits.get(failedAttempts - 1).toMillis();
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return now.plusMillis(Math.round(millis * jitter));
    }
}
