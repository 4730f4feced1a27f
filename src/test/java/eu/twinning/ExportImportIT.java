package eu.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/**
 * An export of one instance, imported into a fresh one, makes both serve identical data: every
 * resource, every language, the same ids and URLs.
 */
class ExportImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] READS = { "/api/v1/network?lang=*", "/api/v1/partners?lang=*&size=100",
            "/api/v1/events?lang=*&size=100", "/api/v1/events/1?lang=*", "/api/v1/memoranda?lang=*&size=100",
            "/api/v1/good-practices?lang=*&size=100", "/api/v1/partners/raska?lang=lv",
            "/api/v1/partners?lang=lv&size=100", "/api/v1/partners?lang=sv&size=100&sort=-name" };

    @Test
    void anExportImportedElsewhereServesTheSameNetwork() throws Exception {
        try (AppProcess source = AppProcess.start("export-source", TestDatabase.fresh("twinning_source"));
                AppProcess target = AppProcess.start("export-target", TestDatabase.fresh("twinning_target"))) {
            String slug = Fixtures.uniqueSlug("moved");
            assertThat(source.send("POST", "/api/v1/partners", Fixtures.partner(slug)).statusCode()).isEqualTo(201);
            assertThat(source.send("POST", "/api/v1/events", Fixtures.event("Moved meeting")).statusCode())
                    .isEqualTo(201);
            assertThat(source.send("POST", "/api/v1/good-practices", Fixtures.goodPractice("Draft to move"))
                    .statusCode()).isEqualTo(201);
            assertThat(source.send("DELETE", "/api/v1/good-practices/1", null).statusCode()).isEqualTo(204);

            String exported = source.send("GET", "/api/v1/network/export", null).body();
            var imported = target.send("POST", "/api/v1/network/import", withSortNames(exported));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(JSON.readTree(imported.body()).get("partner").asInt()).isEqualTo(12);

            assertThat(tables(target.send("GET", "/api/v1/network/export", null).body()))
                    .isEqualTo(tables(exported));
            for (String read : READS) {
                assertThat(target.send("GET", read, null).body()).as(read)
                        .isEqualTo(source.send("GET", read, null).body());
            }
            assertThat(target.send("GET", "/api/v1/partners/" + slug, null).statusCode()).isEqualTo(200);
            // New rows continue after the imported ids.
            var created = target.send("POST", "/api/v1/events", Fixtures.event("After the move"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(JSON.readTree(created.body()).get("id").asLong()).isGreaterThan(2);
        }
    }

    /** As exported before V9 dropped the derived partner.sort_name: such a document imports all the same. */
    private static String withSortNames(String export) throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(export);
        document.get("tables").get("partner").forEach(row -> ((ObjectNode) row).put("sort_name", "folded name"));
        return JSON.writeValueAsString(document);
    }

    private static JsonNode tables(String export) throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(export);
        return document.get("tables");
    }
}
