package eu.twinning.change;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Hears, on PostgreSQL, the versions that other instances commit (LISTEN on the channel that every
 * write notifies), on a connection of its own. While it is not connected this instance cannot know
 * whether what it cached is current, so it marks the version unheard and reads bypass every cache;
 * after a reconnection it takes the stored version as new, which flushes everything cached before.
 * On H2 there is one instance only, and a commit advances the version in-process.
 */
@ApplicationScoped
public class DataListener {

    private static final Logger LOG = Logger.getLogger(DataListener.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** A query this often finds a connection that died without a word. */
    private static final Duration LIVENESS = Duration.ofSeconds(5);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final DataVersion version;
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running = true;
    private Thread thread;

    public DataListener(DataVersion version, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.version = version;
        this.url = url;
        this.user = user.orElse("");
        this.password = password.orElse("");
    }

    private boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    void onStart(@Observes StartupEvent start) {
        if (postgres()) {
            version.unheard();
            thread = new Thread(this::run, "twinning-data-listener");
            thread.setDaemon(true);
            thread.start();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try (Connection connection = connect()) {
                listen(connection);
                backoff = Duration.ofMillis(100);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Not hearing other instances' writes (%s); reads bypass the cache until reconnected",
                            e.getMessage());
                }
            } finally {
                version.unheard();
            }
            sleep(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("ApplicationName", "twinning-data-listener");
        return DriverManager.getConnection(url, properties);
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("LISTEN " + DataVersionStore.CHANNEL);
        }
        // Read after LISTEN, so that no commit falls between the two unheard.
        version.reset(DataVersionStore.read(connection));
        PGConnection notifications = connection.unwrap(PGConnection.class);
        Instant checked = Instant.now();
        while (running) {
            PGNotification[] received = notifications.getNotifications((int) POLL.toMillis());
            if (received != null) {
                for (PGNotification notification : received) {
                    version.advance(parse(notification.getParameter()));
                }
            }
            if (Instant.now().isAfter(checked.plus(LIVENESS))) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("SELECT 1");
                }
                checked = Instant.now();
            }
        }
    }

    static String payload(DataVersion.Stamp stamp) {
        return stamp.version() + " " + stamp.changedAt();
    }

    static DataVersion.Stamp parse(String payload) {
        String[] parts = payload.split(" ", 2);
        return new DataVersion.Stamp(Long.parseLong(parts[0]), Instant.parse(parts[1]));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
