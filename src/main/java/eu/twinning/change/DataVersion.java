package eu.twinning.change;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import jakarta.inject.Singleton;

/**
 * The version of the network's data as this instance knows it. It moves when a write commits here,
 * and when PostgreSQL tells this instance of a commit elsewhere ({@link DataListener}). What depends
 * on the data (cached responses, Last-Modified) is tagged with a version, never with a clock.
 */
@Singleton
public class DataVersion {

    /** A committed version and when it was committed, by the database's clock. */
    public record Stamp(long version, Instant changedAt) {
        static final Stamp UNKNOWN = new Stamp(0, Instant.EPOCH);
    }

    private final AtomicReference<Stamp> current = new AtomicReference<>(Stamp.UNKNOWN);
    private final List<Consumer<Stamp>> listeners = new CopyOnWriteArrayList<>();
    /** False while this instance might not hear of commits elsewhere (DataListener disconnected). */
    private volatile boolean complete = true;

    public Stamp current() {
        return current.get();
    }

    /**
     * Whether what is tagged with the current version is current: a version has been read, and every
     * commit since is heard of. What is cached may be used only then.
     */
    public boolean trusted() {
        return complete && current.get() != Stamp.UNKNOWN;
    }

    /** This instance may miss commits from now on, until the next reset. */
    void unheard() {
        complete = false;
    }

    /** A newer version committed here or elsewhere; an older one (a late notification) changes nothing. */
    public void advance(Stamp stamp) {
        Stamp previous = current.getAndAccumulate(stamp, (now, next) -> next.version() > now.version() ? next : now);
        if (stamp.version() > previous.version()) {
            listeners.forEach(listener -> listener.accept(stamp));
        }
    }

    /** The stored version after a gap in what this instance heard (start-up, a reconnection). */
    public void reset(Stamp stamp) {
        current.set(stamp);
        complete = true;
        listeners.forEach(listener -> listener.accept(stamp));
    }

    /** Called with each new version, on the thread that learnt of it. */
    public void onChange(Consumer<Stamp> listener) {
        listeners.add(listener);
    }
}
