package eu.twinning.goodpractice;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.goodPractice;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GoodPracticeResourceTest {

    @Test
    void thePublicSeesTheSeededPublishedItems() {
        given().get("/api/v1/good-practices").then().statusCode(200)
                .body("items.status", everyItem(equalTo("published")))
                .body("items.partner.slug", hasItem("raska"))
                .body("items.partner.slug", hasItem("daugavpils"));
        given().queryParam("theme", "solidarity").queryParam("partner", "raska").get("/api/v1/good-practices")
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].event.title", containsString("Daugavpils"));
        given().queryParam("lang", "lv").queryParam("partner", "raska").get("/api/v1/good-practices")
                .then().statusCode(200).header("Content-Language", "lv");
        given().queryParam("q", "vanersborg").get("/api/v1/good-practices").then().statusCode(200)
                .body("items.partner.slug", hasItem("vanersborg"));
        given().queryParam("theme", "youth").queryParam("partner", "daugavpils").get("/api/v1/good-practices")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("sort", "submittedAt").queryParam("size", 1).get("/api/v1/good-practices").then()
                .statusCode(200).body("items[0].submittedAt", containsString("2018-11-09"));
    }

    @Test
    void aSubmissionIsHiddenUntilPublished() {
        long id = admin().body(goodPractice("Youth council")).post("/api/v1/good-practices").then().statusCode(201)
                .body("status", equalTo("submitted"))
                .body("themes", equalTo(java.util.List.of("citizenship", "youth")))
                .body("links[0].title", equalTo("Report"))
                .extract().jsonPath().getLong("id");

        given().get("/api/v1/good-practices/" + id).then().statusCode(404);
        given().queryParam("status", "submitted").get("/api/v1/good-practices").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        admin().queryParam("status", "submitted").get("/api/v1/good-practices").then().statusCode(200)
                .body("items.id", hasItem((int) id));

        admin().body("{\"decision\": \"publish\"}").post("/api/v1/good-practices/" + id + "/review").then()
                .statusCode(200).body("status", equalTo("published")).body("reviewedAt", not(equalTo(null)));
        given().get("/api/v1/good-practices/" + id).then().statusCode(200).body("title", equalTo("Youth council"));
        given().queryParam("theme", "youth").get("/api/v1/good-practices").then()
                .body("items.id", hasItem((int) id));

        admin().body("{\"decision\": \"reject\", \"reason\": \"late\"}")
                .post("/api/v1/good-practices/" + id + "/review").then().statusCode(409);
    }

    @Test
    void aRejectionNeedsAReasonAndEditingResubmits() {
        long id = admin().body(goodPractice("Draft idea")).post("/api/v1/good-practices").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        admin().body("{\"decision\": \"reject\"}").post("/api/v1/good-practices/" + id + "/review").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        admin().body("{\"decision\": \"reject\", \"reason\": \"Add the partner's own text\"}")
                .post("/api/v1/good-practices/" + id + "/review").then().statusCode(200)
                .body("status", equalTo("rejected")).body("reviewReason", equalTo("Add the partner's own text"));
        given().get("/api/v1/good-practices/" + id).then().statusCode(404);

        admin().body(goodPractice("Draft idea, improved")).put("/api/v1/good-practices/" + id).then()
                .statusCode(200).body("status", equalTo("submitted")).body("reviewReason", equalTo(null));
        admin().delete("/api/v1/good-practices/" + id).then().statusCode(204);
        admin().get("/api/v1/good-practices/" + id).then().statusCode(404);
    }

    @Test
    void statusInABodyIsIgnoredNotObeyed() {
        String body = goodPractice("Sneaky").replace("\"partner\"", "\"status\": \"published\", \"partner\"");
        long id = admin().body(body).post("/api/v1/good-practices").then().statusCode(201)
                .body("status", equalTo("submitted")).extract().jsonPath().getLong("id");
        given().get("/api/v1/good-practices/" + id).then().statusCode(404);
    }
}
