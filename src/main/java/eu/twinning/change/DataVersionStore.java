package eu.twinning.change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import io.quarkus.runtime.StartupEvent;

/**
 * The stored data version. A write moves it once, in its own transaction, as its last statement:
 * the row lock then orders concurrent writes by commit, and the version a write gets is the order
 * in which it committed. On PostgreSQL the same transaction notifies the other instances, which
 * PostgreSQL does at commit; here the new version is known once the commit is done.
 */
@ApplicationScoped
public class DataVersionStore {

    static final String CHANNEL = "twinning_data";
    private static final String BUMPED = DataVersionStore.class.getName() + ".bumped";

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final DataVersion version;

    public DataVersionStore(EntityManager em, TransactionSynchronizationRegistry transactions, DataVersion version) {
        this.em = em;
        this.transactions = transactions;
        this.version = version;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        version.reset(em.unwrap(Session.class).doReturningWork(DataVersionStore::read));
    }

    /**
     * Moves the data version in the current transaction and answers it; a second call in it changes
     * nothing and answers the same. From here until the commit this transaction holds the row lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DataVersion.Stamp bump() {
        DataVersion.Stamp bumped = (DataVersion.Stamp) transactions.getResource(BUMPED);
        if (bumped != null) {
            return bumped;
        }
        em.flush();
        DataVersion.Stamp stamp = em.unwrap(Session.class).doReturningWork(DataVersionStore::bump);
        transactions.putResource(BUMPED, stamp);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    version.advance(stamp);
                }
            }
        });
        return stamp;
    }

    static DataVersion.Stamp read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version, changed_at FROM data_version WHERE id = 1");
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("The data_version row is missing");
            }
            return new DataVersion.Stamp(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
        }
    }

    /** Moves the version on a connection's transaction; also for migrations that change data. */
    public static DataVersion.Stamp bump(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE data_version SET version = version + 1, "
                + "changed_at = GREATEST(CURRENT_TIMESTAMP, changed_at) WHERE id = 1")) {
            update.executeUpdate();
        }
        DataVersion.Stamp stamp = read(connection);
        if (connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
            try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, DataListener.payload(stamp));
                notify.execute();
            }
        }
        return stamp;
    }
}
