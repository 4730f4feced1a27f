package eu.twinning.memorandum;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.memorandum;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MemorandumResourceTest {

    // The seed's memorandum, found by its signatories and date whatever other classes have created.
    @Test
    void readsTheRaskaDaugavpilsMemorandumInEnglishAndLatvian() {
        given().queryParam("partner", "daugavpils").queryParam("q", "raska").queryParam("status", "signed")
                .get("/api/v1/memoranda").then()
                .statusCode(200)
                .body("items[0].signedOn", equalTo("2018-11-09"))
                .body("items[0].signatories.slug", equalTo(List.of("daugavpils", "raska")))
                .body("items[0].signatories.name", equalTo(List.of("Daugavpils", "Raška")))
                .body("items[0].event.title", containsString("Daugavpils"))
                .body("items[0].title", containsString("Memorandum"));
        given().queryParam("partner", "daugavpils").queryParam("q", "raska").queryParam("lang", "lv")
                .get("/api/v1/memoranda").then()
                .statusCode(200)
                .header("Content-Language", "lv")
                .body("items[0].title", containsString("Memorand"))
                .body("items[0].signedPlace", containsString("dome"));
    }

    @Test
    void filtersByPartnerAndStatus() {
        String tag = unique("Filter");
        long utena = create(memorandum(tag + " utena").replace("\"raska\"", "\"utena\""));
        long terminated = create(memorandum(tag + " ended").replace("\"signed\"", "\"terminated\""));
        given().queryParam("partner", "utena").queryParam("size", 100).get("/api/v1/memoranda").then()
                .statusCode(200)
                .body("items.id", hasItem((int) utena)).body("items.id", not(hasItem((int) terminated)))
                .body("items.signatories.slug", everyItem(hasItem("utena")));
        given().queryParam("status", "terminated").queryParam("size", 100).get("/api/v1/memoranda").then()
                .statusCode(200)
                .body("items.id", hasItem((int) terminated)).body("items.id", not(hasItem((int) utena)))
                .body("items.status", everyItem(equalTo("terminated")));
        given().queryParam("q", tag.toUpperCase()).get("/api/v1/memoranda").then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) utena, (int) terminated));
        given().queryParam("q", "RASKA").get("/api/v1/memoranda").then().statusCode(200)
                .body("items.signedOn", hasItem("2018-11-09"));
        given().queryParam("q", "nothing-like-this").get("/api/v1/memoranda").then().statusCode(200)
                .body("totalItems", equalTo(0));
        delete(utena, terminated);
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
        String tag = unique("Sorted");
        long later = create(memorandum(tag + " later").replace("2019-05-01", "2021-01-01"));
        long earlier = create(memorandum(tag + " earlier").replace("2019-05-01", "2017-03-02"));
        long middle = create(memorandum(tag + " middle"));
        given().queryParam("q", tag).queryParam("sort", "-signedOn").get("/api/v1/memoranda").then()
                .statusCode(200)
                .body("items.id", contains((int) later, (int) middle, (int) earlier));
        given().queryParam("q", tag).queryParam("sort", "signedOn").get("/api/v1/memoranda").then()
                .statusCode(200)
                .body("items.signedOn", contains("2017-03-02", "2019-05-01", "2021-01-01"));
        delete(later, earlier, middle);
    }

    @Test
    void aSignedMemorandumNeedsItsDate() {
        admin().body(memorandum("Undated").replace("\"signedOn\": \"2019-05-01\",", ""))
                .post("/api/v1/memoranda").then().statusCode(400)
                .body("errors[0].field", equalTo("signedOn"));
    }

    private static String unique(String prefix) {
        return prefix + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    private static long create(String body) {
        return admin().body(body).post("/api/v1/memoranda").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void delete(long... ids) {
        for (long id : ids) {
            admin().delete("/api/v1/memoranda/" + id).then().statusCode(204);
        }
    }
}
