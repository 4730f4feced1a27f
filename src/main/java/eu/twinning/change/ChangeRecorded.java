package eu.twinning.change;

/**
 * Fired, synchronously and in the write's own transaction, for each change the log records, so that
 * what depends on it (webhook deliveries) commits with it or not at all. A reset replaces the log
 * (an import): record is null then.
 */
public record ChangeRecorded(ChangeRecord record) {

    public static ChangeRecorded reset() {
        return new ChangeRecorded(null);
    }
}
