package eu.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/**
 * An export of one instance (formatVersion 2), imported into a fresh one, makes both serve the
 * same network: every resource in every language, the same ids and URLs, the same bytes and
 * ETags; and new items on the second go on after the imported ids.
 */
class ExportImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] READS = { "/api/v1/network?lang=*", "/api/v1/partners?lang=*&size=100",
            "/api/v1/events?lang=*&size=100", "/api/v1/events/1?lang=*", "/api/v1/events/2?lang=de",
            "/api/v1/memoranda?lang=*&size=100", "/api/v1/good-practices?lang=*&size=100",
            "/api/v1/partners/raska?lang=lv", "/api/v1/partners?lang=lv&size=100", "/api/v1/partners?q=grossglockner",
            "/api/v1/partners?lang=sv&size=100&sort=-name", "/api/v1/partners?lang=de&size=100&sort=name" };

    @Test
    void anExportImportedElsewhereServesTheSameNetwork() throws Exception {
        try (AppProcess source = AppProcess.start("export-source", TestDatabase.fresh("twinning_source"));
                AppProcess target = AppProcess.start("export-target", TestDatabase.fresh("twinning_target"))) {
            String slug = Fixtures.uniqueSlug("moved");
            assertThat(source.send("POST", "/api/v1/partners", """
                    {"slug": "%s", "country": "AT", "kind": "city", "coordinates": {"latitude": 47.07, "longitude": 12.69},
                     "name": {"en": "Heiligenblut", "de": "Heiligenblut am Großglockner, Straße der Grüße ẞ"},
                     "description": {"de": "Maßstäbe für Fußgängerübergänge", "en": "Standards"}}
                    """.formatted(slug)).statusCode()).isEqualTo(201);
            assertThat(source.send("POST", "/api/v1/events", Fixtures.event("Moved meeting")
                    .replace("\"lv\": \"Tikšanās\"", "\"de\": \"Treffen an der Großglocknerstraße\"")).statusCode())
                    .isEqualTo(201);
            assertThat(source.send("POST", "/api/v1/good-practices", Fixtures.goodPractice("Draft to move"))
                    .statusCode()).isEqualTo(201);
            assertThat(source.send("DELETE", "/api/v1/good-practices/1", null).statusCode()).isEqualTo(204);

            String exported = source.send("GET", "/api/v1/network/export", null).body();
            assertThat(JSON.readTree(exported).get("formatVersion").asInt()).isEqualTo(2);
            var imported = target.send("POST", "/api/v1/network/import", exported);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(JSON.readTree(imported.body()).get("partners").asInt()).isEqualTo(12);

            assertThat(withoutMoment(target.send("GET", "/api/v1/network/export", null).body()))
                    .isEqualTo(withoutMoment(exported));
            for (String read : READS) {
                HttpResponse<String> there = target.read(read);
                HttpResponse<String> here = source.read(read);
                assertThat(there.statusCode()).as(read).isEqualTo(200);
                assertThat(there.body()).as(read).isEqualTo(here.body());
                assertThat(there.headers().firstValue("ETag")).as(read).isEqualTo(here.headers().firstValue("ETag"));
            }
            assertThat(target.read("/api/v1/partners/" + slug).statusCode()).isEqualTo(200);
            // New items continue after the imported ids.
            var created = target.send("POST", "/api/v1/events", Fixtures.event("After the move"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(JSON.readTree(created.body()).get("id").asLong()).isEqualTo(3);
            var practice = target.send("POST", "/api/v1/good-practices", Fixtures.goodPractice("After the move"));
            assertThat(JSON.readTree(practice.body()).get("id").asLong()).isEqualTo(6);
        }
    }

    private static JsonNode withoutMoment(String export) throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(export);
        document.remove("exportedAt");
        return document;
    }
}
