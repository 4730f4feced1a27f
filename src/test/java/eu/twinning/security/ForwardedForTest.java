package eu.twinning.security;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Forwarding enabled, but only for a proxy at another address: a client that forges
 * X-Forwarded-For is still counted by its own address, and cannot pick a fresh allowance.
 */
@QuarkusTest
@TestProfile(ForwardedForTest.UntrustedClient.class)
class ForwardedForTest {

    public static class UntrustedClient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "192.0.2.10",
                    "twinning.rate-limit.anonymous-per-minute", "3");
        }
    }

    @Test
    void aForgedForwardedForDoesNotGiveAFreshAllowance() {
        for (int i = 1; i <= 3; i++) {
            given().header("X-Forwarded-For", "203.0.113." + i).get("/api/v1/network").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "203.0.113.99").get("/api/v1/network").then().statusCode(429);
    }
}
