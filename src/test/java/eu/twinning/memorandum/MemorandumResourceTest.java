package eu.twinning.memorandum;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.memorandum;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MemorandumResourceTest {

    @Test
    void readsTheRaskaDaugavpilsMemorandumInEnglishAndLatvian() {
        given().queryParam("partner", "raska").queryParam("status", "signed").get("/api/v1/memoranda").then()
                .statusCode(200)
                .body("items[0].signedOn", equalTo("2018-11-09"))
                .body("items[0].signatories.slug", equalTo(List.of("daugavpils", "raska")))
                .body("items[0].signatories.name", equalTo(List.of("Daugavpils", "Raška")))
                .body("items[0].event.title", containsString("Daugavpils"))
                .body("items[0].title", containsString("Memorandum"));
        given().queryParam("partner", "raska").queryParam("lang", "lv").get("/api/v1/memoranda").then()
                .statusCode(200)
                .header("Content-Language", "lv")
                .body("items[0].title", containsString("Memorand"))
                .body("items[0].signedPlace", containsString("dome"));
    }

    @Test
    void filtersByPartnerAndStatus() {
        given().queryParam("partner", "utena").get("/api/v1/memoranda").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().queryParam("status", "terminated").get("/api/v1/memoranda").then().statusCode(200)
                .body("items.status", not(hasItem("signed")));
        given().queryParam("q", "RASKA").get("/api/v1/memoranda").then().statusCode(200)
                .body("items.signedOn", hasItem("2018-11-09"));
        given().queryParam("q", "nothing-like-this").get("/api/v1/memoranda").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void createsUpdatesAndDeletesAMemorandum() {
        long id = admin().body(memorandum("Youth exchange")).post("/api/v1/memoranda").then().statusCode(201)
                .header("Location", containsString("/api/v1/memoranda/"))
                .body("areas", equalTo(List.of("art_and_culture", "youth")))
                .body("signatories.slug", equalTo(List.of("raska", "vanersborg")))
                .extract().jsonPath().getLong("id");
        given().queryParam("partner", "vanersborg").get("/api/v1/memoranda").then()
                .body("items.id", hasItem((int) id));

        admin().body(memorandum("Youth exchange").replace("\"signed\"", "\"terminated\""))
                .put("/api/v1/memoranda/" + id).then().statusCode(200).body("status", equalTo("terminated"));
        admin().delete("/api/v1/memoranda/" + id).then().statusCode(204);
        given().get("/api/v1/memoranda/" + id).then().statusCode(404);
    }

    @Test
    void sortsBySigningDate() {
        admin().body(memorandum("Later one").replace("2019-05-01", "2021-01-01")).post("/api/v1/memoranda")
                .then().statusCode(201);
        given().queryParam("sort", "-signedOn").get("/api/v1/memoranda").then().statusCode(200)
                .body("items[0].signedOn", equalTo("2021-01-01"));
        given().queryParam("sort", "signedOn").get("/api/v1/memoranda").then().statusCode(200)
                .body("items[0].signedOn", equalTo("2018-11-09"));
    }

    @Test
    void aSignedMemorandumNeedsItsDate() {
        admin().body(memorandum("Undated").replace("\"signedOn\": \"2019-05-01\",", ""))
                .post("/api/v1/memoranda").then().statusCode(400)
                .body("errors[0].field", equalTo("signedOn"));
    }
}
