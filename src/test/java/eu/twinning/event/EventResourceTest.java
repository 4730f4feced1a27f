package eu.twinning.event;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.event;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventResourceTest {

    static long seededMeetingId() {
        return given().queryParam("from", "2018-11-08").queryParam("to", "2018-11-12").get("/api/v1/events")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    @Test
    void readsTheDaugavpilsMeetingWithAllFiveDays() {
        given().get("/api/v1/events/" + seededMeetingId()).then().statusCode(200)
                .body("type", equalTo("meeting"))
                .body("startDate", equalTo("2018-11-08"))
                .body("endDate", equalTo("2018-11-12"))
                .body("host.slug", equalTo("daugavpils"))
                .body("totalParticipants", equalTo(159))
                .body("programme.size()", equalTo(5))
                .body("programme.date", equalTo(java.util.List.of("2018-11-08", "2018-11-09", "2018-11-10",
                        "2018-11-11", "2018-11-12")))
                .body("programme[1].items.size()", greaterThanOrEqualTo(8))
                .body("delegations.find { it.country == 'LT' }.participants", equalTo(15))
                .body("delegations.find { it.country == 'LT' }.partners.slug",
                        equalTo(java.util.List.of("panevezys", "utena", "vilnius")))
                .body("delegations.find { it.country == 'RS' }.partners[0].name", equalTo("Raška"));
    }

    @Test
    void readsTheProgrammeInLatvian() {
        given().queryParam("lang", "lv").get("/api/v1/events/" + seededMeetingId()).then().statusCode(200)
                .header("Content-Language", "lv")
                .body("programme[3].items.title", hasItem(containsString("Lāčplēša")));
    }

    @Test
    void filtersByDateRangePartnerAndType() {
        given().queryParam("from", "2020-01-01").get("/api/v1/events").then().statusCode(200)
                .body("items.startDate", not(hasItem("2018-11-08")));
        given().queryParam("partner", "vilnius").queryParam("type", "meeting").get("/api/v1/events").then()
                .statusCode(200).body("items.startDate", hasItem("2018-11-08"));
        given().queryParam("partner", "tartu-nowhere").get("/api/v1/events").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().queryParam("q", "daugavpils").get("/api/v1/events").then().statusCode(200)
                .body("items.startDate", hasItem("2018-11-08"));
    }

    @Test
    void sortsByStartDateBothWays() {
        admin().body(event("Sorted")).post("/api/v1/events").then().statusCode(201);
        given().queryParam("sort", "startDate").get("/api/v1/events").then().statusCode(200)
                .body("items[0].startDate", equalTo("2018-11-08"));
        given().queryParam("sort", "-startDate").get("/api/v1/events").then().statusCode(200)
                .body("items[0].startDate", not(equalTo("2018-11-08")));
    }

    @Test
    void createsUpdatesAndDeletesAnEventWithItsProgramme() {
        long id = admin().body(event("Spring meeting")).post("/api/v1/events").then().statusCode(201)
                .header("Location", containsString("/api/v1/events/"))
                .body("programme.size()", equalTo(2))
                .body("programme[0].items[0].time", equalTo("10:00"))
                .body("programme[0].items[1].time", nullValue())
                .extract().jsonPath().getLong("id");

        String read = given().queryParam("lang", "*").get("/api/v1/events/" + id).asString();
        // Same days again plus a change: old rows must give way to new ones with the same dates.
        admin().body(read.replace("Workshop", "Evaluation")).put("/api/v1/events/" + id).then().statusCode(200);
        given().get("/api/v1/events/" + id).then().statusCode(200)
                .body("programme[1].items[0].title", equalTo("Evaluation"))
                .body("programme[0].items[0].title", equalTo("Welcome"))
                .body("delegations.size()", equalTo(2));

        admin().delete("/api/v1/events/" + id).then().statusCode(204);
        given().get("/api/v1/events/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesDeletingTheEventThatMemorandaReferTo() {
        admin().delete("/api/v1/events/" + seededMeetingId()).then().statusCode(409);
    }
}
