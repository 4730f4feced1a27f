package eu.twinning.token;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.as;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TokenResourceTest {

    private static final String T = "/api/v1/tokens";

    @Inject
    ApiTokenRepository tokens;

    @Test
    void aTokenIsShownOnceAndStoredOnlyAsAHash() {
        var issued = admin().body("{\"name\": \"Raška site\", \"role\": \"editor\", \"partner\": {\"slug\": \"raska\"}}")
                .post(T).then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("token", startsWith("twn_"))
                .body("role", equalTo("editor"))
                .body("partner.slug", equalTo("raska"))
                .extract().jsonPath();
        String secret = issued.getString("token");
        long id = issued.getLong("id");

        String read = admin().get(T + "/" + id).then().statusCode(200).body("active", equalTo(true))
                .body("token", nullValue()).extract().asString();
        String list = admin().queryParam("size", 100).get(T).asString();
        String audit = admin().queryParam("resourceType", "token").get("/api/v1/audit-entries").asString();
        String hash = TokenSecrets.hash(secret);
        for (String response : List.of(read, list, audit)) {
            assertThat(response).doesNotContain(secret).doesNotContain(hash).doesNotContain("tokenHash");
        }
        assertThat(stored(id).tokenHash).isEqualTo(hash).isNotEqualTo(secret);
    }

    @Test
    void anEditorTokenWritesItsPartnerAndNotesItsLastUse() {
        var issued = admin().body("{\"name\": \"Vänersborg\", \"role\": \"editor\", \"partner\": {\"slug\": \"vanersborg\"}}")
                .post(T).then().statusCode(201).extract().jsonPath();
        String current = given().queryParam("lang", "*").get("/api/v1/partners/vanersborg").asString();
        as(issued.getString("token")).body(current).put("/api/v1/partners/vanersborg").then().statusCode(200);
        admin().get(T + "/" + issued.getLong("id")).then().body("lastUsedAt", not(nullValue()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        var issued = admin().body("{\"name\": \"short\", \"role\": \"moderator\", \"expiresAt\": \""
                + Instant.now().plusSeconds(3600) + "\"}").post(T).then().statusCode(201).extract().jsonPath();
        String secret = issued.getString("token");
        as(secret).get("/api/v1/good-practices?status=submitted").then().statusCode(200);
        expire(issued.getLong("id"));
        as(secret).get("/api/v1/good-practices?status=submitted").then().statusCode(401)
                .contentType("application/problem+json");
        admin().get(T + "/" + issued.getLong("id")).then().body("active", equalTo(false));
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        var issued = admin().body("{\"name\": \"leaving\", \"role\": \"admin\"}").post(T).then().statusCode(201)
                .extract().jsonPath();
        String secret = issued.getString("token");
        as(secret).body(partner("revoke-test")).post("/api/v1/partners").then().statusCode(201);
        admin().delete(T + "/" + issued.getLong("id")).then().statusCode(204);
        as(secret).body(partner("revoke-test-2")).post("/api/v1/partners").then().statusCode(401);
        admin().get(T + "/" + issued.getLong("id")).then().body("revokedAt", not(nullValue()))
                .body("active", equalTo(false));
        admin().delete(T + "/" + issued.getLong("id")).then().statusCode(204);
    }

    @Test
    void rolesAndPartnersMustFit() {
        admin().body("{\"name\": \"x\", \"role\": \"editor\"}").post(T).then().statusCode(400)
                .body("errors[0].field", equalTo("partner"));
        admin().body("{\"name\": \"x\", \"role\": \"moderator\", \"partner\": {\"slug\": \"raska\"}}").post(T).then()
                .statusCode(400).body("errors[0].field", equalTo("partner"));
        admin().body("{\"name\": \"x\", \"role\": \"moderator\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}").post(T)
                .then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        admin().body("{\"name\": \"x\", \"role\": \"superuser\"}").post(T).then().statusCode(400);
        as(token("moderator", null)).get(T).then().statusCode(403);
    }

    @Transactional
    ApiToken stored(long id) {
        return tokens.findById(id);
    }

    @Transactional
    void expire(long id) {
        tokens.findById(id).expiresAt = Instant.now().minusSeconds(1);
    }
}
