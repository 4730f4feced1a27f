package eu.twinning.network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.twinning.audit.AuditAction;
import eu.twinning.audit.AuditLog;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.partner.Partner;
import eu.twinning.persistence.AuditedEntity;
import eu.twinning.security.Caller;
import eu.twinning.problem.ProblemException;

/**
 * The whole network as one JSON document, row for row in every table, all languages included, ids
 * kept (so URLs survive a move), and back. Tokens and the audit log belong to an instance and
 * are neither exported nor replaced, except editor tokens, whose partners an import replaces.
 * This is also how a city moves from H2 to PostgreSQL.
 */
@ApplicationScoped
public class NetworkArchive {

    public static final String FORMAT = "twinning-network-export";
    public static final int FORMAT_VERSION = 1;

    /** In the order rows can be inserted: referenced tables first. */
    static final List<String> TABLES = List.of("network", "partner", "event", "delegation", "delegation_partner",
            "programme_day", "programme_item", "memorandum", "memorandum_signatory", "memorandum_area",
            "good_practice", "good_practice_theme");
    /** Derived columns that older exports carry and the schema has dropped since: an import leaves them out. */
    private static final Map<String, Set<String>> DROPPED = Map.of("partner", Set.of("sort_name"));
    private static final List<String> IDENTITY_TABLES = List.of("partner", "event", "delegation", "programme_day",
            "programme_item", "memorandum", "good_practice");

    private final DataSource dataSource;
    private final EntityManager em;
    private final AuditLog audit;
    private final LanguageResolver languages;

    public NetworkArchive(DataSource dataSource, EntityManager em, AuditLog audit, LanguageResolver languages) {
        this.dataSource = dataSource;
        this.em = em;
        this.audit = audit;
        this.languages = languages;
    }

    @Transactional
    public Map<String, Object> export() {
        Map<String, Object> tables = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String table : TABLES) {
                List<Map<String, Object>> rows = new ArrayList<>();
                try (ResultSet result = sql.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            row.put(columns.getColumnLabel(i).toLowerCase(), toJson(result.getObject(i)));
                        }
                        rows.add(row);
                    }
                }
                tables.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Export failed", e);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("formatVersion", FORMAT_VERSION);
        document.put("exportedAt", Instant.now().toString());
        document.put("tables", tables);
        return document;
    }

    /** Replaces the network's data with the document's, in one transaction: all of it or nothing. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<String, Integer> replaceWith(Map<String, Object> document, Caller caller) {
        if (!FORMAT.equals(document.get("format")) || !Integer.valueOf(FORMAT_VERSION).equals(document.get("formatVersion"))
                || !(document.get("tables") instanceof Map<?, ?> given)) {
            throw ProblemException.invalid("format", "must be a " + FORMAT + " document of formatVersion "
                    + FORMAT_VERSION + " with its tables");
        }
        Map<String, Object> tables = (Map<String, Object>) given;
        for (Object table : tables.keySet()) {
            if (!TABLES.contains(table)) {
                throw ProblemException.invalid("tables." + table, "is not a table of the network");
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM api_token WHERE partner_id IS NOT NULL");
            for (int i = TABLES.size() - 1; i >= 0; i--) {
                String table = TABLES.get(i);
                sql.executeUpdate("DELETE FROM " + table);
            }
            for (String table : TABLES) {
                Object listed = tables.getOrDefault(table, List.of());
                if (!(listed instanceof List<?>)) {
                    throw ProblemException.invalid("tables." + table, "must be an array of rows");
                }
                List<Map<String, Object>> rows = (List<Map<String, Object>>) listed;
                insert(connection, table, rows);
                counts.put(table, rows.size());
            }
            for (String table : IDENTITY_TABLES) {
                restartIdentity(sql, table);
            }
        } catch (SQLException e) {
            throw new ProblemException(400, eu.twinning.problem.ProblemTypes.VALIDATION, "Request is invalid",
                    "The document does not fit the database: " + e.getMessage().lines().findFirst().orElse(""), null);
        }
        // Imported rows carry no search text or sort keys: the entities make them as on any write.
        for (String entity : List.of("Partner", "Event", "Memorandum", "GoodPractice")) {
            em.createQuery("from " + entity, AuditedEntity.class).getResultList()
                    .forEach(AuditedEntity::refreshDerivedFields);
        }
        em.createQuery("from Partner", Partner.class).getResultList()
                .forEach(partner -> partner.refreshNameKeys(languages.sortLanguages()));
        audit.record(caller, AuditAction.IMPORT, "network", Network.ID, null, counts);
        return counts;
    }

    private static void insert(Connection connection, String table, List<Map<String, Object>> rows)
            throws SQLException {
        Map<String, Integer> types = columnTypes(connection, table);
        for (int r = 0; r < rows.size(); r++) {
            if (!(((List<?>) rows).get(r) instanceof Map<?, ?>)) {
                throw ProblemException.invalid("tables." + table + "[" + r + "]", "must be an object of columns");
            }
            Map<String, Object> row = new LinkedHashMap<>(rows.get(r));
            row.keySet().removeAll(DROPPED.getOrDefault(table, Set.of()));
            for (String column : row.keySet()) {
                if (!types.containsKey(column)) {
                    throw ProblemException.invalid("tables." + table + "[" + r + "]." + column, "is not a column of "
                            + table);
                }
            }
            List<String> columns = new ArrayList<>(row.keySet());
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(insert, i + 1, types.get(columns.get(i)), row.get(columns.get(i)));
                }
                insert.executeUpdate();
            }
        }
    }

    private static Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (Statement sql = connection.createStatement();
                ResultSet empty = sql.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData columns = empty.getMetaData();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                types.put(columns.getColumnLabel(i).toLowerCase(), columns.getColumnType(i));
            }
        }
        return types;
    }

    private static void bind(PreparedStatement insert, int index, int type, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.DATE -> insert.setObject(index, LocalDate.parse(value.toString()));
            case Types.TIME -> insert.setObject(index, LocalTime.parse(value.toString()));
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                insert.setObject(index, Instant.parse(value.toString()).atOffset(ZoneOffset.UTC));
            case Types.BIGINT -> insert.setLong(index, ((Number) value).longValue());
            case Types.INTEGER -> insert.setInt(index, ((Number) value).intValue());
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> insert.setDouble(index, ((Number) value).doubleValue());
            default -> insert.setString(index, value.toString());
        }
    }

    private static void restartIdentity(Statement sql, String table) throws SQLException {
        long next;
        try (ResultSet max = sql.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            max.next();
            next = max.getLong(1);
        }
        sql.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
    }

    private static Object toJson(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime().toString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof LocalDate || value instanceof LocalTime) {
            return value.toString();
        }
        return value;
    }
}
