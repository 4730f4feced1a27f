package eu.twinning.cache;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.as;
import static eu.twinning.Fixtures.goodPractice;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.token;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Anonymous reads are answered from bytes already serialized, exactly as built; reads with a token
 * never are, and never reach a shared cache; a write is read back fresh at once.
 */
@QuarkusTest
class ResponseCacheTest {

    /** Metrics are on the management interface, on a port of its own (random in tests). */
    @Inject
    ValueRegistry ports;

    private String metricsUrl() {
        return "http://localhost:" + ports.get(HttpServer.MANAGEMENT_TEST_PORT) + "/q/metrics";
    }

    private static final List<String> REPRESENTATION = List.of("Content-Type", "Content-Language", "ETag",
            "Last-Modified", "Cache-Control", "Vary", "Link");

    @Test
    void aCachedAnswerIsTheBuiltAnswerByteForByte() {
        String url = "/api/v1/partners?size=3&lang=lv&country=LT";
        write(); // a new data version: the first read below is built, not cached
        long hits = counter("hit");
        Response built = given().get(url);
        Response cached = given().get(url);
        assertThat(counter("hit")).as("cache hits").isEqualTo(hits + 1);
        assertThat(cached.asByteArray()).isEqualTo(built.asByteArray());
        for (String header : REPRESENTATION) {
            assertThat(cached.header(header)).as(header).isEqualTo(built.header(header)).isNotNull();
        }
        assertThat(cached.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(cached.header("Vary")).isEqualTo("Accept, Accept-Language, Authorization");
        assertThat(cached.header("RateLimit-Limit")).as("per-request headers are still sent").isNotNull();
    }

    @Test
    void theLanguageIsPartOfTheKey() {
        String url = "/api/v1/partners/warsaw";
        given().header("Accept-Language", "pl").get(url); // fills the Polish entry
        assertThat(given().get(url).jsonPath().getString("name")).isEqualTo("Warsaw");
        assertThat(given().header("Accept-Language", "pl").get(url).jsonPath().getString("name")).isEqualTo("Warszawa");
        assertThat(given().queryParam("lang", "pl").get(url).header("Content-Language")).isEqualTo("pl");
    }

    @Test
    void theFormatIsPartOfTheKey() {
        String url = "/api/v1/partners/warsaw";
        write(); // a new data version: every first read below is built
        long hits = counter("hit");
        Response json = given().get(url);
        Response linked = given().accept("application/ld+json").get(url);
        assertThat(counter("hit")).as("the JSON-LD is not the cached JSON").isEqualTo(hits);
        assertThat(linked.contentType()).startsWith("application/ld+json");
        assertThat(linked.header("ETag")).isNotEqualTo(json.header("ETag"));
        Response linkedAgain = given().accept("application/ld+json").get(url);
        Response jsonAgain = given().get(url);
        assertThat(counter("hit")).isEqualTo(hits + 2);
        assertThat(linkedAgain.asByteArray()).isEqualTo(linked.asByteArray());
        assertThat(linkedAgain.contentType()).isEqualTo(linked.contentType());
        assertThat(linkedAgain.header("ETag")).isEqualTo(linked.header("ETag"));
        assertThat(jsonAgain.asByteArray()).isEqualTo(json.asByteArray());
        assertThat(jsonAgain.contentType()).startsWith("application/json");
    }

    @Test
    void headIsAnsweredFromTheCacheWithoutABody() {
        String url = "/api/v1/events/1";
        Response get = given().get(url);
        long hits = counter("hit");
        Response head = given().head(url);
        assertThat(counter("hit")).isEqualTo(hits + 1);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.asByteArray()).isEmpty();
        assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(get.asByteArray().length));
        assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
    }

    @Test
    void ifModifiedSinceIs304UntilTheDataChanges() {
        String url = "/api/v1/partners/vanersborg";
        String lastModified = given().get(url).header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get(url).then().statusCode(304);
        given().header("If-Modified-Since", "not a date").get(url).then().statusCode(200);
        sleepPastTheSecond();
        write();
        given().header("If-Modified-Since", lastModified).get(url).then().statusCode(200);
    }

    @Test
    void aWriteIsReadBackFreshAtOnce() {
        String slug = uniqueSlug("fresh");
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
        String url = "/api/v1/partners/" + slug;
        given().get(url).then().statusCode(200);
        given().get(url).then().statusCode(200); // cached
        for (int n = 10; n < 15; n++) {
            admin().body(partner(slug).replace("\"participants\": 3", "\"participants\": " + n)).put(url)
                    .then().statusCode(200);
            assertThat(given().get(url).jsonPath().getInt("participants")).isEqualTo(n);
        }
        admin().delete(url).then().statusCode(204);
        given().get(url).then().statusCode(404);
    }

    /** A draft in the cache's list would leak; an editor's list must show it, and never be shared. */
    @Test
    void readsWithATokenBypassTheCacheAndStayPrivate() {
        String editor = token("editor", "vanersborg");
        long draft = as(editor).body(goodPractice("Cache draft")).post("/api/v1/good-practices").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String url = "/api/v1/good-practices?partner=vanersborg&size=100";
        given().get(url);
        given().get(url); // the anonymous list is now cached
        assertThat(given().get(url).jsonPath().getList("items.id", Long.class)).doesNotContain(draft);
        long bypasses = counter("bypass");
        Response own = as(editor).get(url);
        assertThat(own.jsonPath().getList("items.id", Long.class)).contains(draft);
        assertThat(own.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(counter("bypass")).isEqualTo(bypasses + 1);
        assertThat(given().get(url).jsonPath().getList("items.id", Long.class)).doesNotContain(draft);
    }

    @Test
    void writesAreNotToBeKept() {
        String slug = uniqueSlug("nostore");
        Response created = admin().body(partner(slug)).post("/api/v1/partners");
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        // The answer to a write has the ETag that a read of what it stored has.
        assertThat(given().get("/api/v1/partners/" + slug).header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void theCacheIsOnTheMetrics() {
        given().get("/api/v1/network");
        given().get("/api/v1/network");
        String metrics = given().get(metricsUrl()).asString();
        assertThat(metrics).contains("twinning_response_cache_requests_total{result=\"hit\"}",
                "twinning_response_cache_hit_ratio", "twinning_response_cache_size_bytes",
                "twinning_response_cache_entries");
        assertThat(gauge(metrics, "twinning_response_cache_size_bytes")).isPositive();
    }

    /** Any write moves the data version. */
    private static void write() {
        admin().body(partner(uniqueSlug("version"))).post("/api/v1/partners").then().statusCode(201);
    }

    private static void sleepPastTheSecond() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long counter(String result) {
        String metrics = given().get(metricsUrl()).asString();
        return (long) gauge(metrics, "twinning_response_cache_requests_total\\{result=\"" + result + "\"}");
    }

    private static double gauge(String metrics, String name) {
        Matcher value = Pattern.compile("^" + name + " ([0-9.E+-]+)$", Pattern.MULTILINE).matcher(metrics);
        assertThat(value.find()).as(name + " in /q/metrics").isTrue();
        return Double.parseDouble(value.group(1));
    }
}
