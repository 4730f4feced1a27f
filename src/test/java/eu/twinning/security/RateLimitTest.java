package eu.twinning.security;

import static eu.twinning.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import eu.twinning.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With small limits: anonymous callers by address, tokens on their own, failed tokens by address. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    @Inject
    SessionFactory sessions;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twinning.rate-limit.anonymous-per-minute", "5",
                    "twinning.rate-limit.authenticated-per-minute", "8");
        }
    }

    @Test
    void anonymousCallersAreLimitedAndToldWhenToRetry() throws Exception {
        for (int remaining = 4; remaining >= 0; remaining--) {
            given().get("/api/v1/network").then().statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(remaining))
                    .header("RateLimit-Reset", notNullValue());
        }
        var tooMany = given().get("/api/v1/network").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("detail", containsString("5 requests a minute"))
                .extract().jsonPath();
        // The spec's example of this problem (which no other test can replay) has its shape and words.
        JsonNode example = new ObjectMapper().readTree(getClass().getResource("/openapi/examples/problems.json"))
                .at("/TooManyRequests/limit/value");
        assertThat(tooMany.getString("type")).isEqualTo(example.get("type").asText());
        assertThat(tooMany.getString("title")).isEqualTo(example.get("title").asText());
        String detail = "More than \\d+ requests a minute; retry in \\d+ s";
        assertThat(tooMany.getString("detail")).matches(detail);
        assertThat(example.get("detail").asText()).matches(detail);
        // A token has its own allowance, whatever the address has spent.
        for (int i = 0; i < 8; i++) {
            as(Fixtures.ADMIN_TOKEN).get("/api/v1/partners/raska").then().statusCode(200)
                    .header("RateLimit-Limit", "8");
        }
        as(Fixtures.ADMIN_TOKEN).get("/api/v1/partners/raska").then().statusCode(429)
                .body("status", equalTo(429));
    }

    /**
     * Guessing tokens is limited by address, and counted first: once the address's failures are
     * spent, a guess is refused before it is looked up, so a flood never reaches the database.
     */
    @Test
    void badTokensAreRefusedUncheckedOnceTheirAddressHasFailedEnough() {
        Statistics statistics = sessions.getStatistics();
        for (int i = 0; i < 5; i++) {
            statistics.clear();
            given().header("Authorization", "Bearer twn_guess" + i).get("/api/v1/network").then().statusCode(401);
            assertThat(statistics.getPrepareStatementCount()).as("a guess is looked up").isPositive();
        }
        statistics.clear();
        given().header("Authorization", "Bearer twn_guess-next").get("/api/v1/network").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("failed authentications"));
        assertThat(statistics.getPrepareStatementCount()).as("statements for a refused guess").isZero();
    }
}
