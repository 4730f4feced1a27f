package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import eu.twinning.config.TwinningConfig;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.i18n.CollationKeys;
import eu.twinning.partner.Partner;
import eu.twinning.persistence.JsonText;

/**
 * Makes every partner's name sort keys (partner_name_key) again, with the entity's own recipe. A
 * repeatable migration, run again whenever its checksum changes: the checksum is the languages a
 * list can be read in (TWINNING_LANGUAGES and the fallback) with the version of their collations,
 * so adding a language, or an ICU with other collation data, gives every partner the keys it needs
 * before the application serves a list. Otherwise it costs nothing at start-up.
 */
public class R__Partner_name_keys extends BaseJavaMigration {

    private final List<String> languages;

    public R__Partner_name_keys() {
        this(LanguageResolver.sortLanguages(List.of(ConfigProvider.getConfig()
                .getOptionalValue("twinning.languages", String.class).orElse(TwinningConfig.DEFAULT_LANGUAGES)
                .split(","))));
    }

    public R__Partner_name_keys(List<String> languages) {
        this.languages = languages;
    }

    @Override
    public Integer getChecksum() {
        return CollationKeys.version(languages).hashCode();
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM partner_name_key");
        }
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT id, name FROM partner");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO partner_name_key (partner_id, language, sort_key) VALUES (?, ?, ?)")) {
            int pending = 0;
            while (rows.next()) {
                Map<String, String> name = JsonText.texts(rows.getString(2));
                for (var key : Partner.nameKeys(name, languages).entrySet()) {
                    insert.setLong(1, rows.getLong(1));
                    insert.setString(2, key.getKey());
                    insert.setString(3, key.getValue());
                    insert.addBatch();
                    if (++pending % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
