package eu.twinning.change;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import eu.twinning.config.TwinningConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Prunes the change feed on every instance, now and then (pruning twice prunes nothing more). */
@ApplicationScoped
public class ChangePruner {

    private static final Logger LOG = Logger.getLogger(ChangePruner.class);

    private final ChangeLog log;
    private final TwinningConfig.Changes config;
    private ScheduledExecutorService timer;

    public ChangePruner(ChangeLog log, TwinningConfig config) {
        this.log = log;
        this.config = config.changes();
    }

    void onStart(@Observes StartupEvent start) {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "twinning-change-pruner");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.pruneInterval().toSeconds();
        timer.scheduleWithFixedDelay(this::prune, every, every, TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void prune() {
        try {
            long removed = log.prune(Instant.now().minus(config.retention()));
            if (removed > 0) {
                LOG.infof("Pruned %d changes older than %s from the change feed", removed, config.retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Cannot prune the change feed now: %s", e.getMessage());
        }
    }
}
