package eu.twinning.persistence;

import static eu.twinning.TestDatabase.execute;
import static eu.twinning.TestDatabase.number;
import static eu.twinning.TestDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import db.migration.V11__Json_columns;
import eu.twinning.TestDatabase;

/**
 * V11 makes the texts JSON columns that hold JSON objects (links: arrays), on H2 as on PostgreSQL:
 * not JSON strings holding JSON text, which is what H2 makes of a string cast to JSON. A database
 * that an import of formatVersion 1 left with a text that is not JSON is repaired, not stopped.
 */
class JsonColumnsMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void textsBecomeJsonObjectsAndTextThatIsNotJsonIsKeptAsEnglish() throws Exception {
        String url = TestDatabase.freshJdbcUrl("json_columns");
        flyway(url).target("10").load().migrate();
        try (Connection db = DriverManager.getConnection(url, TestDatabase.user(), "")) {
            execute(db, "UPDATE partner SET name = 'not json' WHERE slug = 'raska'");
            execute(db, "UPDATE good_practice SET links = 'no links' WHERE id = 1");

            flyway(url).load().migrate();

            assertThat(JSON.readTree(text(db, "SELECT name FROM partner WHERE slug = 'raska'")))
                    .isEqualTo(JSON.createObjectNode().put("en", "not json"));
            assertThat(text(db, "SELECT links FROM good_practice WHERE id = 1")).isNull();
            for (var column : V11__Json_columns.COLUMNS) {
                assertThat(type(db, column.table(), column.name())).as(column.toString())
                        .isEqualTo(TestDatabase.postgres() ? "jsonb" : "JSON");
                assertThat(number(db, "SELECT COUNT(*) FROM " + column.table() + " WHERE " + column.name() + " IS NOT NULL"
                        + " AND NOT " + isJson(column.name(), column.jsonType()))).as(column.toString()).isZero();
            }
            assertThat(number(db, "SELECT COUNT(*) FROM partner WHERE " + isJson("name", "object"))).isEqualTo(11);
            // A string (the mistake H2 makes of text bound as a string) is refused by the column itself.
            assertThatThrownBy(() -> execute(db, "UPDATE partner SET name = " + (TestDatabase.postgres()
                    ? "to_jsonb('{\"en\": \"Raška\"}'::text)" : "'{\"en\": \"Raška\"}'") + " WHERE slug = 'raska'"))
                    .isInstanceOf(SQLException.class);
        }
    }

    static String isJson(String column, String kind) {
        return TestDatabase.postgres() ? "jsonb_typeof(" + column + ") = '" + kind + "'"
                : "(" + column + " IS JSON " + kind.toUpperCase() + ")";
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, TestDatabase.user(), "").locations("classpath:db/migration");
    }

    private static String type(Connection db, String table, String column) throws SQLException {
        String sql = TestDatabase.postgres()
                ? "SELECT data_type FROM information_schema.columns WHERE table_name = '" + table + "' AND column_name = '"
                        + column + "'"
                : "SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '" + table.toUpperCase()
                        + "' AND COLUMN_NAME = '" + column.toUpperCase() + "'";
        return text(db, sql);
    }
}
