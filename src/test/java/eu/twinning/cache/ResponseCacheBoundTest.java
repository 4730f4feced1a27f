package eu.twinning.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.value.registry.ValueRegistry;
import io.quarkus.vertx.http.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The cache holds at most twinning.cache.max-size bytes, whatever is read. */
@QuarkusTest
@TestProfile(ResponseCacheBoundTest.SmallCache.class)
class ResponseCacheBoundTest {

    /** Metrics are on the management interface, on a port of its own (random in tests). */
    @Inject
    ValueRegistry ports;

    private String metricsUrl() {
        return "http://localhost:" + ports.get(HttpServer.MANAGEMENT_TEST_PORT) + "/q/metrics";
    }

    public static class SmallCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twinning.cache.max-size", "40K");
        }
    }

    @Test
    void manyDistinctReadsStayWithinTheBound() {
        int distinct = 0;
        for (String lang : new String[] { "en", "lv", "*" }) {
            for (int size = 1; size <= 12; size++) {
                given().queryParam("lang", lang).queryParam("size", size).get("/api/v1/partners").then().statusCode(200);
                given().queryParam("lang", lang).queryParam("v", size).get("/api/v1/events/1").then().statusCode(200);
                distinct += 2;
            }
        }
        String metrics = given().get(metricsUrl()).asString();
        double bytes = value(metrics, "twinning_response_cache_size_bytes");
        double entries = value(metrics, "twinning_response_cache_entries");
        assertThat(bytes).isPositive().isLessThanOrEqualTo(40 * 1024);
        assertThat(entries).isPositive().isLessThan(distinct);
    }

    private static double value(String metrics, String name) {
        Matcher value = Pattern.compile("^" + name + " ([0-9.E+-]+)$", Pattern.MULTILINE).matcher(metrics);
        assertThat(value.find()).as(name).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
