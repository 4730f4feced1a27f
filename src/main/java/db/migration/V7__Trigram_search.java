package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * On PostgreSQL, trigram indexes that ?q= (LIKE '%text%' on the folded search text) can use, so that
 * a search does not read every row. pg_trgm is a trusted extension (PostgreSQL 13 and later): a
 * database owner may create it. Where it cannot be had, searches still work, by reading the table,
 * and the log says so. H2 has no such index: there a search reads the table.
 */
public class V7__Trigram_search extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V7__Trigram_search.class);
    private static final List<String> TABLES = List.of("partner", "event", "memorandum", "good_practice");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        Savepoint before = connection.setSavepoint();
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            for (String table : TABLES) {
                sql.execute("CREATE INDEX ix_" + table + "_search ON " + table
                        + " USING gin (search_text gin_trgm_ops)");
            }
        } catch (SQLException e) {
            connection.rollback(before);
            LOG.warnf("No trigram indexes (%s): searches with q read the whole table", e.getMessage());
        }
    }
}
