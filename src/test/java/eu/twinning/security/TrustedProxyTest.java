package eu.twinning.security;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Behind a trusted proxy (here: the test client's address), limits count the forwarded client. */
@QuarkusTest
@TestProfile(TrustedProxyTest.BehindTheProxy.class)
class TrustedProxyTest {

    public static class BehindTheProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1",
                    "twinning.rate-limit.anonymous-per-minute", "3");
        }
    }

    @Test
    void eachForwardedClientHasItsOwnAllowance() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/network").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "203.0.113.7").get("/api/v1/network").then().statusCode(429);
        given().header("X-Forwarded-For", "203.0.113.8").get("/api/v1/network").then().statusCode(200);
    }
}
