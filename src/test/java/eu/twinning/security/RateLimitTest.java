package eu.twinning.security;

import static eu.twinning.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import eu.twinning.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With small limits: anonymous callers by address, tokens on their own, bad tokens by address. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

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
        org.assertj.core.api.Assertions.assertThat(tooMany.getString("type")).isEqualTo(example.get("type").asText());
        org.assertj.core.api.Assertions.assertThat(tooMany.getString("title")).isEqualTo(example.get("title").asText());
        String detail = "More than \\d+ requests a minute; retry in \\d+ s";
        org.assertj.core.api.Assertions.assertThat(tooMany.getString("detail")).matches(detail);
        org.assertj.core.api.Assertions.assertThat(example.get("detail").asText()).matches(detail);
        // Bad tokens count against the address too: guessing does not reset the allowance.
        given().header("Authorization", "Bearer twn_guess").get("/api/v1/network").then().statusCode(429);

        // A token has its own allowance.
        for (int i = 0; i < 8; i++) {
            as(Fixtures.ADMIN_TOKEN).get("/api/v1/partners/raska").then().statusCode(200)
                    .header("RateLimit-Limit", "8");
        }
        as(Fixtures.ADMIN_TOKEN).get("/api/v1/partners/raska").then().statusCode(429)
                .body("status", equalTo(429));
    }
}
