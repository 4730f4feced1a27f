package eu.twinning.audit;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.as;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.token;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuditResourceTest {

    private static final String A = "/api/v1/audit-entries";

    @Test
    void everyWriteIsLoggedWithWhoWhenAndBeforeAfter() {
        String slug = uniqueSlug("audited");
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
        String editor = token("editor", slug);
        as(editor).body(partner(slug).replace("\"participants\": 3", "\"participants\": 9"))
                .put("/api/v1/partners/" + slug).then().statusCode(200);

        admin().queryParam("resourceType", "partner").queryParam("resourceKey", slug).get(A).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("update"))
                .body("items[0].actorRole", equalTo("editor"))
                .body("items[0].actor", startsWith("token "))
                .body("items[0].before.participants", equalTo(3))
                .body("items[0].after.participants", equalTo(9))
                .body("items[0].after.name.en", equalTo("Tartu " + slug))
                .body("items[1].action", equalTo("create"))
                .body("items[1].actor", equalTo("bootstrap admin"))
                .body("items[1].before", nullValue());
    }

    @Test
    void aRefusedWriteLeavesNoEntry() {
        long before = admin().get(A).then().extract().jsonPath().getLong("totalItems");
        admin().body(partner("daugavpils")).post("/api/v1/partners").then().statusCode(409);
        admin().get(A).then().body("totalItems", equalTo((int) before));
    }

    @Test
    void onlyAdminsReadTheLog() {
        given().get(A).then().statusCode(401);
        as(token("moderator", null)).get(A).then().statusCode(403);
        as(token("editor", "raska")).get(A).then().statusCode(403);
    }
}
