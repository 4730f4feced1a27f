package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.twinning.event.Event;
import eu.twinning.goodpractice.GoodPractice;
import eu.twinning.memorandum.Memorandum;
import eu.twinning.partner.Partner;

/**
 * Folds the search text of the rows that SQL migrations wrote (the seed): SQL cannot fold accents as
 * the application does, so this runs once, with the entities' own recipes, rather than at every
 * start. (It folded partner.sort_name too, until V9 replaced it with per-language sort keys, made
 * by R__Partner_name_keys; on a new database that column stays empty until V9 drops it.)
 */
public class V5__Derived_text extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> TEXT = new TypeReference<>() {
    };

    @FunctionalInterface
    private interface Recipe {
        String[] derive(ResultSet row) throws SQLException;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        fill(connection, "SELECT id, name, description, slug, local_name, country_code FROM partner",
                "UPDATE partner SET search_text = ? WHERE id = ?",
                row -> new String[] { Partner.searchText(text(row, 2), text(row, 3), row.getString(4), row.getString(5),
                        row.getString(6)) });
        fill(connection, "SELECT id, title, description, venue FROM event",
                "UPDATE event SET search_text = ? WHERE id = ?",
                row -> new String[] { Event.searchText(text(row, 2), text(row, 3), text(row, 4)) });
        fill(connection, "SELECT id, title, description, signed_place FROM memorandum",
                "UPDATE memorandum SET search_text = ? WHERE id = ?",
                row -> new String[] { Memorandum.searchText(text(row, 2), text(row, 3), text(row, 4)) });
        fill(connection, "SELECT id, title, summary, body FROM good_practice",
                "UPDATE good_practice SET search_text = ? WHERE id = ?",
                row -> new String[] { GoodPractice.searchText(text(row, 2), text(row, 3), text(row, 4)) });
    }

    private static void fill(Connection connection, String select, String update, Recipe recipe)
            throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(select + " WHERE search_text IS NULL");
                ResultSet rows = read.executeQuery();
                PreparedStatement write = connection.prepareStatement(update)) {
            while (rows.next()) {
                String[] derived = recipe.derive(rows);
                for (int i = 0; i < derived.length; i++) {
                    write.setString(i + 1, derived[i]);
                }
                write.setLong(derived.length + 1, rows.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static Map<String, String> text(ResultSet row, int column) throws SQLException {
        String json = row.getString(column);
        try {
            return json == null ? null : JSON.readValue(json, TEXT);
        } catch (JsonProcessingException e) {
            throw new SQLException("Column " + column + " does not hold a per-language text: " + json, e);
        }
    }
}
