package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The translated texts, the network's call figures and the links become JSON columns, which
 * Hibernate maps itself ({@code @JdbcTypeCode(SqlTypes.JSON)}): {@code jsonb} on PostgreSQL, H2's
 * {@code JSON} on H2. Until now they were JSON text in VARCHAR columns, written by converters.
 * <ul>
 * <li>Every value is converted as JSON, never as a string. H2 makes a character string cast or
 * altered to JSON a JSON <em>string</em> holding the text ({@code "{\"en\": ...}"}), so here the
 * values are copied with {@code FORMAT JSON}, which parses them (Hibernate binds JSON as bytes on H2,
 * which H2 parses too); PostgreSQL parses text cast to {@code jsonb}.</li>
 * <li>A value that is not JSON would stop the conversion, and the application with it. An import of
 * formatVersion 1 could store such values before this version: a text that is not a JSON object
 * becomes the English text it is ({"en": "not json"}); links or call figures that are not JSON
 * are emptied, and the log says where.</li>
 * <li>A CHECK constraint then keeps each value an object (texts, call figures) or an array
 * (links), on both databases, so that a string stored by mistake is refused, not served.</li>
 * </ul>
 */
public class V11__Json_columns extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V11__Json_columns.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Kind {
        TEXTS, OBJECT, ARRAY
    }

    public record Column(String table, String name, boolean required, Kind kind) {
        public String jsonType() {
            return kind == Kind.ARRAY ? "array" : "object";
        }
    }

    /** Every column that V11 converts: the tests check each. */
    public static final List<Column> COLUMNS = List.of(
            texts("network", "name", true), texts("network", "programme", false), texts("network", "strand", false),
            texts("network", "measure", false), texts("network", "aim", false),
            new Column("network", "call_figures", false, Kind.OBJECT), new Column("network", "links", false, Kind.ARRAY),
            texts("partner", "name", true), texts("partner", "description", false),
            texts("event", "title", true), texts("event", "description", false), texts("event", "venue", false),
            texts("programme_day", "title", false),
            texts("programme_item", "title", true), texts("programme_item", "place", false),
            texts("programme_item", "description", false),
            texts("memorandum", "title", true), texts("memorandum", "description", false),
            texts("memorandum", "signed_place", false),
            texts("good_practice", "title", true), texts("good_practice", "summary", true),
            texts("good_practice", "body", false), new Column("good_practice", "links", false, Kind.ARRAY));

    private static Column texts(String table, String name, boolean required) {
        return new Column(table, name, required, Kind.TEXTS);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        try (Statement sql = connection.createStatement()) {
            for (Column column : COLUMNS) {
                repair(connection, column);
                for (String statement : postgres ? postgres(column) : h2(column)) {
                    sql.execute(statement);
                }
            }
        }
    }

    private static List<String> postgres(Column c) {
        return List.of("ALTER TABLE " + c.table() + " ALTER COLUMN " + c.name() + " TYPE jsonb USING " + c.name()
                + "::jsonb", constraint(c, "jsonb_typeof(" + c.name() + ") = '" + c.jsonType() + "'"));
    }

    private static List<String> h2(Column c) {
        String copy = c.name() + "_json";
        List<String> statements = new java.util.ArrayList<>(List.of(
                "ALTER TABLE " + c.table() + " ADD COLUMN " + copy + " JSON",
                "UPDATE " + c.table() + " SET " + copy + " = " + c.name() + " FORMAT JSON",
                "ALTER TABLE " + c.table() + " DROP COLUMN " + c.name(),
                "ALTER TABLE " + c.table() + " ALTER COLUMN " + copy + " RENAME TO " + c.name()));
        if (c.required()) {
            statements.add("ALTER TABLE " + c.table() + " ALTER COLUMN " + c.name() + " SET NOT NULL");
        }
        statements.add(constraint(c, c.name() + " IS JSON " + c.jsonType().toUpperCase()));
        return statements;
    }

    private static String constraint(Column c, String check) {
        return "ALTER TABLE " + c.table() + " ADD CONSTRAINT ck_" + c.table() + "_" + c.name() + "_json CHECK (" + check
                + ")";
    }

    /** Rewrites the values that are not JSON of the column's kind, before the column's type is changed. */
    private static void repair(Connection connection, Column column) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT id, " + column.name() + " FROM " + column.table() + " WHERE " + column.name() + " IS NOT NULL");
                ResultSet rows = read.executeQuery();
                PreparedStatement write = connection.prepareStatement(
                        "UPDATE " + column.table() + " SET " + column.name() + " = ? WHERE id = ?")) {
            while (rows.next()) {
                String value = rows.getString(2);
                if (!fits(value, column.kind())) {
                    LOG.warnf("%s %d: %s was not JSON; %s", column.table(), rows.getLong(1), column.name(),
                            column.kind() == Kind.TEXTS ? "kept as its English text" : "emptied");
                    write.setString(1, column.kind() == Kind.TEXTS ? JSON.writeValueAsString(Map.of("en", value)) : null);
                    write.setLong(2, rows.getLong(1));
                    write.executeUpdate();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("Cannot write a text as JSON", e);
        }
    }

    private static boolean fits(String value, Kind kind) {
        try {
            JsonNode node = JSON.readTree(value);
            return node != null && (kind == Kind.ARRAY ? node.isArray() : node.isObject());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }
}
