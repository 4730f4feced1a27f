package eu.twinning.problem;

import static eu.twinning.Fixtures.admin;

import java.sql.Connection;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Under a load that takes every database connection, a request is told to retry (503), not failed (500). */
@QuarkusTest
@TestProfile(PoolExhaustionTest.SmallPool.class)
class PoolExhaustionTest {

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRequestThatGetsNoConnectionInTimeIsA503WithRetryAfter() throws Exception {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            // With a token, so that no cached answer can serve it.
            admin().get("/api/v1/partners/raska").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", org.hamcrest.Matchers.equalTo("urn:twinning:problem:unavailable"))
                    .body("detail", org.hamcrest.Matchers.containsString("busy"));
        }
        admin().get("/api/v1/partners/raska").then().statusCode(200);
    }
}
