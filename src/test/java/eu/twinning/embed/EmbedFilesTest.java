package eu.twinning.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The widget's files as a page of another origin loads them: status, type, CORS and caching; and
 * the Leaflet served is byte for byte the one of its npm package (the webjar the build copied).
 */
@QuarkusTest
class EmbedFilesTest {

    private static final String ORIGIN = "https://www.raska.org.rs";
    private static final String LEAFLET_VERSION = System.getProperty("leaflet.version");
    private static final String LEAFLET = "/embed/v1/leaflet/" + LEAFLET_VERSION + "/";

    @Test
    void theWidgetIsAModuleScriptAnyOriginMayLoad() {
        for (String method : List.of("GET", "HEAD")) {
            given().header("Origin", ORIGIN).request(method, "/embed/v1/twinning.js").then()
                    .statusCode(200)
                    .header("Content-Type", "text/javascript; charset=utf-8")
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Cache-Control", "public, max-age=3600, stale-while-revalidate=86400")
                    .header("Cross-Origin-Resource-Policy", "cross-origin")
                    .header("X-Content-Type-Options", "nosniff")
                    // The API's CSP (default-src 'none') is for its JSON, not for a script others run.
                    .header("Content-Security-Policy", nullValue());
        }
    }

    @Test
    void theWidgetDefinesItsElementsAndLoadsOnlyTheBundledLeaflet() {
        String script = given().get("/embed/v1/twinning.js").then().statusCode(200).extract().asString();
        for (String element : List.of("twinning-partners", "twinning-event", "twinning-map")) {
            assertThat(script).contains("['" + element + "', ");
        }
        assertThat(script).contains("new URL('./leaflet/" + LEAFLET_VERSION + "/', import.meta.url)")
                .contains("new URL('../../api/v1/', import.meta.url)");
        // No CDN: every absolute URL in its code (not its comments) is the default tile server's or
        // its copyright page.
        String code = script.lines().filter(line -> !line.trim().startsWith("//"))
                .collect(java.util.stream.Collectors.joining("\n"));
        Matcher urls = Pattern.compile("https?://[^'\"\\s<>]+").matcher(code);
        while (urls.find()) {
            assertThat(urls.group()).as("a URL in twinning.js").matches("https://(tile|www)\\.openstreetmap\\.org/.*");
        }
    }

    @Test
    void leafletIsTheWebjarsFilesCachedForAYear() throws IOException {
        try (ZipFile webjar = new ZipFile(Path.of("target", "webjars", "leaflet-" + LEAFLET_VERSION + ".jar").toFile())) {
            String dist = "META-INF/resources/webjars/leaflet/" + LEAFLET_VERSION + "/dist/";
            for (String[] file : new String[][] {
                    { "leaflet-src.esm.js", "text/javascript; charset=utf-8" },
                    { "leaflet.css", "text/css; charset=utf-8" },
                    { "images/marker-icon.png", "image/png" },
                    { "images/marker-shadow.png", "image/png" } }) {
                byte[] expected = webjar.getInputStream(webjar.getEntry(dist + file[0])).readAllBytes();
                Response served = given().header("Origin", ORIGIN).get(LEAFLET + file[0]);
                served.then().statusCode(200)
                        .header("Content-Type", file[1])
                        .header("Access-Control-Allow-Origin", "*")
                        .header("Cache-Control", "public, max-age=31536000, immutable");
                assertThat(served.asByteArray()).as(file[0]).isEqualTo(expected);
            }
            byte[] license = webjar.getInputStream(webjar.getEntry(
                    "META-INF/resources/webjars/leaflet/" + LEAFLET_VERSION + "/LICENSE")).readAllBytes();
            assertThat(given().get(LEAFLET + "LICENSE").then().statusCode(200)
                    .header("Content-Type", "text/plain; charset=utf-8").extract().asByteArray()).isEqualTo(license);
        }
        assertThat(given().get(LEAFLET + "leaflet-src.esm.js").asString())
                .startsWith("/* @preserve\n * Leaflet " + LEAFLET_VERSION + ",");
    }

    @Test
    void aRevalidationKeepsTheCachingHeaders() {
        String lastModified = given().get("/embed/v1/twinning.js").then().statusCode(200)
                .extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get("/embed/v1/twinning.js").then()
                .statusCode(304)
                .header("Cache-Control", "public, max-age=3600, stale-while-revalidate=86400");
    }

    @Test
    void aMissingFileIsANotFoundProblemThatNoCacheKeeps() {
        for (String path : List.of("/embed/v1/nope.js", "/embed/v2/twinning.js", LEAFLET + "leaflet.js")) {
            given().header("Origin", ORIGIN).get(path).then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .header("Cache-Control", nullValue())
                    .body("status", equalTo(404));
        }
        // Only what the widget needs: the webjar itself is not served.
        given().get("/webjars/leaflet/" + LEAFLET_VERSION + "/dist/leaflet.js").then().statusCode(404);
    }

    @Test
    void theFilesAreReadOnly() {
        int status = given().header("Origin", ORIGIN).contentType("application/json").body("{}")
                .post("/embed/v1/twinning.js").then().contentType("application/problem+json")
                .extract().statusCode();
        assertThat(status).isIn(404, 405);
    }
}
