package eu.twinning.partner;

import static eu.twinning.TestDatabase.execute;
import static eu.twinning.TestDatabase.number;
import static eu.twinning.TestDatabase.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import db.migration.R__Partner_name_keys;
import db.migration.V11__Json_columns;
import db.migration.V5__Derived_text;
import db.migration.V7__Trigram_search;
import eu.twinning.TestDatabase;
import eu.twinning.config.TwinningConfig;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.i18n.CollationKeys;

/**
 * A database that was in use before the partners had names in every language gets them when it is
 * migrated, except where an editor had given one already.
 */
class PartnerNamesMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anExistingDatabaseGetsTheNamesAndKeepsTheEditorsOnes() throws Exception {
        String url = TestDatabase.freshJdbcUrl("names_migration");
        beforeNames(url).load().migrate();
        try (Connection db = DriverManager.getConnection(url, TestDatabase.user(), "")) {
            // What editors did before the upgrade: a Latvian name of their own, and a partner of their own.
            execute(db, "UPDATE partner SET name = '{\"en\":\"Vilnius\",\"lt\":\"Vilnius\",\"lv\":\"Viļņas pilsēta\"}' "
                    + "WHERE slug = 'vilnius'");
            execute(db, "INSERT INTO partner (slug, country_code, kind, name, created_at, updated_at) VALUES "
                    + "('tartu', 'EE', 'CITY', '{\"en\":\"Tartu\"}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            long warsawVersion = number(db, "SELECT version FROM partner WHERE slug = 'warsaw'");
            long dataVersion = number(db, "SELECT version FROM data_version");

            flyway(url).load().migrate();

            assertThat(name(db, "vilnius")).containsEntry("lv", "Viļņas pilsēta").containsEntry("pl", "Wilno")
                    .containsEntry("en", "Vilnius");
            assertThat(name(db, "warsaw")).containsEntry("lv", "Varšava").containsEntry("pl", "Warszawa")
                    .containsEntry("de", "Warschau").containsEntry("en", "Warsaw");
            assertThat(name(db, "raska")).containsEntry("lv", "Raška").containsEntry("sr", "Рашка");
            assertThat(name(db, "tartu")).isEqualTo(Map.of("en", "Tartu"));
            assertThat(text(db, "SELECT search_text FROM partner WHERE slug = 'warsaw'")).contains("varsava");
            assertThat(number(db, "SELECT version FROM partner WHERE slug = 'warsaw'")).isEqualTo(warsawVersion + 1);
            assertThat(number(db, "SELECT version FROM partner WHERE slug = 'tartu'")).isZero();
            assertThat(number(db, "SELECT version FROM data_version")).isGreaterThan(dataVersion);
            assertThat(number(db, "SELECT COUNT(*) FROM partner_name_key")).as("a sort key per partner and language")
                    .isEqualTo(12 * LanguageResolver.sortLanguages(List.of(TwinningConfig.DEFAULT_LANGUAGES.split(","))).size());
        }
    }

    /** Keys are made again when a language is added (or the collations change): lists in it are sorted too. */
    @Test
    void theSortKeysAreMadeAgainWhenTheLanguagesChange() throws Exception {
        String url = TestDatabase.freshJdbcUrl("names_languages");
        flyway(url).load().migrate();
        try (Connection db = DriverManager.getConnection(url, TestDatabase.user(), "")) {
            assertThat(number(db, "SELECT COUNT(*) FROM partner_name_key WHERE language = 'fi'")).isZero();
            // The same schema, on an instance configured with TWINNING_LANGUAGES=en,lv,fi
            Flyway.configure().dataSource(url, TestDatabase.user(), "").locations("filesystem:target/classes/db/migration")
                    .javaMigrations(new R__Partner_name_keys(List.of("en", "lv", "fi")), new V11__Json_columns())
                    .ignoreMigrationPatterns("*:missing").load().migrate();
            assertThat(number(db, "SELECT COUNT(*) FROM partner_name_key WHERE language = 'fi'")).isEqualTo(11);
            assertThat(number(db, "SELECT COUNT(DISTINCT language) FROM partner_name_key")).isEqualTo(3);
            assertThat(text(db, "SELECT sort_key FROM partner_name_key k JOIN partner p ON p.id = k.partner_id "
                    + "WHERE p.slug = 'vanersborg' AND k.language = 'fi'")).isEqualTo(CollationKeys.of("fi", "Vänersborg"));
        }
    }

    /** Migrated as far as before the partners' names and sort keys (V7), as a database in use then was. */
    static org.flywaydb.core.api.configuration.FluentConfiguration beforeNames(String url) {
        return Flyway.configure().dataSource(url, TestDatabase.user(), "").locations("filesystem:target/classes/db/migration")
                .javaMigrations(new V5__Derived_text(), new V7__Trigram_search()).target("7");
    }

    @Test
    void everySeedPartnerHasALatvianName() throws Exception {
        String url = TestDatabase.freshJdbcUrl("names_fresh");
        flyway(url).load().migrate();
        try (Connection db = DriverManager.getConnection(url, TestDatabase.user(), "");
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT slug FROM partner")) {
            int partners = 0;
            while (rows.next()) {
                assertThat(name(db, rows.getString(1))).as(rows.getString(1)).containsKey("lv");
                partners++;
            }
            assertThat(partners).isEqualTo(11);
        }
    }

    static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, TestDatabase.user(), "").locations("classpath:db/migration");
    }

    private static Map<String, String> name(Connection db, String slug) throws Exception {
        try (PreparedStatement select = db.prepareStatement("SELECT name FROM partner WHERE slug = ?")) {
            select.setString(1, slug);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as(slug).isTrue();
                return JSON.readValue(row.getString(1), new TypeReference<Map<String, String>>() {
                });
            }
        }
    }
}
