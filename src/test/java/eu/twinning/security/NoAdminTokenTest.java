package eu.twinning.security;

import static eu.twinning.Fixtures.partner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Without TWINNING_ADMIN_TOKEN, no token opens writes, while reads stay public. */
@QuarkusTest
@TestProfile(NoAdminTokenTest.WithoutToken.class)
class NoAdminTokenTest {

    public static class WithoutToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("twinning.admin-token", "");
        }
    }

    @Test
    void everyWriteIsRefused() {
        for (String token : new String[] { "", "test-admin-token", "anything" }) {
            given().header("Authorization", "Bearer " + token).contentType("application/json")
                    .body(partner("refused")).post("/api/v1/partners")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().get("/api/v1/partners/refused").then().statusCode(404);
    }

    @Test
    void readsStayPublic() {
        given().get("/api/v1/network").then().statusCode(200).body("acronym", equalTo("TTChan"));
    }
}
