package eu.twinning.persistence;

import java.time.Instant;

/**
 * What an export recorded of an item besides its content, and an import gives it back: its id (for
 * items that URLs name; null for the others), its version (the start of its ETags) and timestamps.
 */
public record Restored(Long id, long version, Instant createdAt, Instant updatedAt) {
}
