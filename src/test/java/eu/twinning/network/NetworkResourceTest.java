package eu.twinning.network;

import static eu.twinning.Fixtures.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NetworkResourceTest {

    @Test
    void readsTheProjectInEnglish() {
        given().get("/api/v1/network").then().statusCode(200)
                .header("Content-Language", "en")
                .body("acronym", equalTo("TTChan"))
                .body("name", equalTo("Town Twinning as a Channel of European Solidarity"))
                .body("grantNumber", equalTo("601592-CITIZ-1-2018-1-LV-CITIZ-TT"))
                .body("periodStart", equalTo("2018-11-08"))
                .body("periodEnd", equalTo("2018-11-12"))
                .body("totalParticipants", equalTo(159))
                .body("callFigures.projectsSubmitted", equalTo(382))
                .body("callFigures.projectsFunded", equalTo(137))
                .body("callFigures.byCountry[0].projectsFunded", equalTo(3))
                .body("partnerCountries", hasItems("LV", "LT", "PL", "DE", "SE", "RS"))
                .body("links.url", hasItems("https://www.facebook.com/ttchandaugavpils/"))
                .body("languages", hasItems("en", "lv"));
    }

    @Test
    void readsTheProjectInLatvian() {
        given().header("Accept-Language", "lv-LV,lv;q=0.9").get("/api/v1/network").then().statusCode(200)
                .header("Content-Language", "lv")
                .body("name", equalTo("Pašvaldību sadarbība kā Eiropas solidaritātes kanāls"))
                .body("programme", containsString("Eiropa pilsoņiem"));
    }

    @Test
    void anAdminCanWriteBackWhatWasRead() {
        String read = given().queryParam("lang", "*").get("/api/v1/network").asString();
        admin().body(read).put("/api/v1/network").then().statusCode(200).body("acronym", equalTo("TTChan"));
        given().queryParam("lang", "*").get("/api/v1/network").then().body("name.lv",
                equalTo("Pašvaldību sadarbība kā Eiropas solidaritātes kanāls"));
    }
}
