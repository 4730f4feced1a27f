package eu.twinning.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * The identity columns that give new rows their ids. An identity column does not move past ids
 * inserted explicitly (on H2 as on PostgreSQL): after an import that restores events 1 to 50, the
 * next new event would get id 1 again, unless the identity is moved past them.
 * <p>
 * Moving it is not transactional on either database: on H2 {@code ALTER TABLE ... RESTART} (which,
 * unlike other DDL there, does not commit the open transaction) is kept when the transaction rolls
 * back; on PostgreSQL {@code setval} is never rolled back. Inside a transaction on PostgreSQL the
 * {@code ALTER TABLE} form would be rolled back, but would lock the table against every reader until
 * the commit. So identities only ever move forward, and {@link #skipPast} is called before an
 * import's transaction, in a transaction of its own, once the document is known to be valid: a
 * refused document moves nothing, and an import that fails after it has only skipped ids, which is
 * harmless.
 */
@ApplicationScoped
public class Identities {

    private final EntityManager em;
    private volatile Boolean postgres;

    public Identities(EntityManager em) {
        this.em = em;
    }

    /** The id that the next new row of the table gets. */
    @Transactional
    public long next(String table) {
        String sql = postgres()
                ? "SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM " + sequence(table)
                : "SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = CURRENT_SCHEMA "
                        + "AND TABLE_NAME = '" + checked(table).toUpperCase() + "' AND COLUMN_NAME = 'ID'";
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** Moves the table's identity past an id, unless it is past it already: it never goes back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void skipPast(String table, long id) {
        if (next(table) > id) {
            return;
        }
        if (postgres()) {
            em.createNativeQuery("SELECT setval(CAST(:sequence AS regclass), :next, false)")
                    .setParameter("sequence", sequence(table)).setParameter("next", id + 1).getSingleResult();
        } else {
            em.createNativeQuery("ALTER TABLE " + checked(table) + " ALTER COLUMN id RESTART WITH " + (id + 1))
                    .executeUpdate();
        }
    }

    private String sequence(String table) {
        return (String) em.createNativeQuery("SELECT pg_get_serial_sequence(:table, 'id')")
                .setParameter("table", checked(table)).getSingleResult();
    }

    private static String checked(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        return table;
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = em.unwrap(Session.class)
                    .doReturningWork(c -> c.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
        }
        return postgres;
    }
}
