package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import eu.twinning.change.DataVersionStore;
import eu.twinning.partner.Partner;
import eu.twinning.persistence.JsonText;

/**
 * The seed partners' names in the network's languages (docs/sources/partner-names.md says where
 * each comes from): every partner's Latvian name, and the standard exonyms of the other languages.
 * A name is added only where the partner has none in that language: a name present, whether the
 * seed's or an editor's, is kept (the seed had none of these languages, so this never replaces a
 * seed value either). A partner is found by its seed slug and country, so a partner an editor has
 * renamed, or another one given a freed slug, is left alone. A changed row gets a new version, as
 * a write would, and its search text is folded again (here, since SQL cannot fold as the
 * application does).
 */
public class V8__Partner_names extends BaseJavaMigration {

    record Names(String country, Map<String, String> byLanguage) {
    }

    static final Map<String, Names> NAMES = new LinkedHashMap<>();

    static {
        add("daugavpils", "LV", "lt", "Daugpilis", "pl", "Dyneburg", "sr", "Даугавпилс");
        add("raska", "RS", "lv", "Raška");
        add("panevezys", "LT", "lv", "Panevēža", "pl", "Poniewież", "sr", "Паневежис");
        add("utena", "LT", "lv", "Utena", "pl", "Uciana", "sr", "Утена");
        add("vilnius", "LT", "lv", "Viļņa", "pl", "Wilno", "sr", "Вилњус");
        add("lodz", "PL", "lv", "Lodza", "lt", "Lodzė");
        add("warsaw", "PL", "lv", "Varšava", "lt", "Varšuva", "de", "Warschau", "sv", "Warszawa", "sr", "Варшава",
                "it", "Varsavia");
        add("krakow", "PL", "lv", "Krakova", "lt", "Krokuva", "de", "Krakau", "sr", "Краков", "it", "Cracovia");
        add("anhalt-bitterfeld", "DE", "lv", "Anhalt-Bitterfeld apriņķis");
        add("vanersborg", "SE", "lv", "Venersborga");
        add("san-benedetto-del-tronto", "IT", "lv", "San Benedetto del Tronto");
    }

    private static void add(String slug, String country, String... languageAndName) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < languageAndName.length; i += 2) {
            names.put(languageAndName[i], languageAndName[i + 1]);
        }
        NAMES.put(slug, new Names(country, names));
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        int changed = 0;
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT id, slug, country_code, name, description, local_name FROM partner");
                ResultSet rows = read.executeQuery();
                PreparedStatement write = connection.prepareStatement("UPDATE partner SET name = ?, search_text = ?, "
                        + "version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
            while (rows.next()) {
                Names names = NAMES.get(rows.getString(2));
                if (names == null || !names.country().equals(rows.getString(3))) {
                    continue;
                }
                Map<String, String> name = new LinkedHashMap<>(JsonText.texts(rows.getString(4)));
                boolean added = false;
                for (var entry : names.byLanguage().entrySet()) {
                    added |= name.putIfAbsent(entry.getKey(), entry.getValue()) == null;
                }
                if (!added) {
                    continue;
                }
                String description = rows.getString(5);
                write.setString(1, JsonText.of(name));
                write.setString(2, Partner.searchText(name,
                        description == null ? null : JsonText.texts(description), rows.getString(2),
                        rows.getString(6), rows.getString(3)));
                write.setLong(3, rows.getLong(1));
                write.addBatch();
                changed++;
            }
            write.executeBatch();
        }
        if (changed > 0) {
            DataVersionStore.bump(connection);
        }
    }
}
