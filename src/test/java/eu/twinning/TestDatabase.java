package eu.twinning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** A fresh, empty database for a packaged application: an H2 directory, or (-Ppostgres) a database. */
public final class TestDatabase {

    public static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
    }

    /** Environment variables that point an application at a new database called name. */
    public static Map<String, String> fresh(String name) {
        if (postgres()) {
            name = scoped(name);
            recreate(name);
            return Map.of("QUARKUS_DATASOURCE_JDBC_URL", POSTGRES_SERVER + name,
                    "QUARKUS_DATASOURCE_USERNAME", "postgres");
        }
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), name);
            return Map.of("TWINNING_DATA_DIR", dir.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JDBC URL of a new, empty database called name, for tests that migrate it themselves. */
    public static String freshJdbcUrl(String name) {
        return postgres() ? fresh(name).get("QUARKUS_DATASOURCE_JDBC_URL") : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }

    public static String user() {
        return postgres() ? "postgres" : "sa";
    }

    /**
     * Prefixed with the suite's own database unless that is the default {@code test}, so that two
     * suites run with -Dapp.test-jdbc-url=.../other on one server do not drop each other's databases.
     */
    private static String scoped(String name) {
        String url = System.getProperty("app.test-jdbc-url", "");
        String suite = url.substring(url.lastIndexOf('/') + 1).replaceAll("[?;].*", "");
        return suite.isEmpty() || suite.equals("test") ? name : suite + "_" + name;
    }

    private static void recreate(String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException(name);
        }
        try (Connection server = DriverManager.getConnection(POSTGRES_SERVER + "postgres", "postgres", "");
                Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
    }

    /** Runs a statement, for tests that set up a database by hand. */
    public static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** The first column of the first row of a query, as text. */
    public static String text(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    public static long number(Connection db, String sql) throws SQLException {
        return Long.parseLong(text(db, sql));
    }
}
