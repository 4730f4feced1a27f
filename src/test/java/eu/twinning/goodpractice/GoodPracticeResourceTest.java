package eu.twinning.goodpractice;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.as;
import static eu.twinning.Fixtures.goodPractice;
import static eu.twinning.Fixtures.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GoodPracticeResourceTest {

    private static final String G = "/api/v1/good-practices";

    @Test
    void thePublicSeesTheSeededPublishedItems() {
        given().get(G).then().statusCode(200)
                .body("items.status", everyItem(equalTo("published")))
                .body("items.partner.slug", hasItem("raska"))
                .body("items.partner.slug", hasItem("daugavpils"));
        given().queryParam("theme", "solidarity").queryParam("partner", "raska").get(G)
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].event.title", containsString("Daugavpils"));
        given().queryParam("lang", "lv").queryParam("partner", "raska").get(G)
                .then().statusCode(200).header("Content-Language", "lv");
        given().queryParam("q", "vanersborg").get(G).then().statusCode(200)
                .body("items.partner.slug", hasItem("vanersborg"));
        given().queryParam("theme", "youth").queryParam("partner", "daugavpils").get(G)
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("sort", "submittedAt").queryParam("size", 1).get(G).then()
                .statusCode(200).body("items[0].submittedAt", containsString("2018-11-09"));
    }

    @Test
    void anEditorDraftsSubmitsAndAModeratorPublishes() {
        String editor = token("editor", "vanersborg");
        String moderator = token("moderator", null);
        long id = as(editor).body(goodPractice("Youth council")).post(G).then().statusCode(201)
                .header("Location", containsString(G + "/"))
                .body("status", equalTo("draft"))
                .body("submittedAt", nullValue())
                .body("themes", equalTo(java.util.List.of("citizenship", "youth")))
                .body("links[0].title", equalTo("Report"))
                .extract().jsonPath().getLong("id");

        given().get(G + "/" + id).then().statusCode(404);
        as(token("editor", "raska")).get(G + "/" + id).then().statusCode(404);
        as(editor).get(G + "/" + id).then().statusCode(200);
        as(editor).queryParam("status", "draft").get(G).then().body("items.id", hasItem((int) id));
        given().queryParam("status", "draft").get(G).then().statusCode(200).body("items.id", not(hasItem((int) id)));

        as(editor).post(G + "/" + id + "/submission").then().statusCode(200)
                .body("status", equalTo("submitted")).body("submittedAt", not(nullValue()));
        as(editor).body(goodPractice("Youth council, changed")).put(G + "/" + id).then().statusCode(409);
        as(moderator).queryParam("status", "submitted").get(G).then().body("items.id", hasItem((int) id));

        as(moderator).body("{\"decision\": \"publish\"}").post(G + "/" + id + "/review").then()
                .statusCode(200).body("status", equalTo("published")).body("reviewedAt", not(nullValue()));
        given().get(G + "/" + id).then().statusCode(200).body("title", equalTo("Youth council"));
        given().queryParam("theme", "youth").get(G).then().body("items.id", hasItem((int) id));
        as(moderator).body("{\"decision\": \"reject\", \"reason\": \"late\"}")
                .post(G + "/" + id + "/review").then().statusCode(409);
    }

    @Test
    void aRejectionNeedsAReasonThatTheSubmitterReads() {
        String editor = token("editor", "vanersborg");
        long id = as(editor).body(goodPractice("Draft idea")).post(G).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(editor).post(G + "/" + id + "/submission").then().statusCode(200);
        admin().body("{\"decision\": \"reject\"}").post(G + "/" + id + "/review").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        admin().body("{\"decision\": \"reject\", \"reason\": \"Add the partner's own text\"}")
                .post(G + "/" + id + "/review").then().statusCode(200).body("status", equalTo("rejected"));
        given().get(G + "/" + id).then().statusCode(404);
        as(editor).get(G + "/" + id).then().statusCode(200)
                .body("reviewReason", equalTo("Add the partner's own text"));

        as(editor).body(goodPractice("Draft idea, improved")).put(G + "/" + id).then()
                .statusCode(200).body("status", equalTo("draft"));
        as(editor).delete(G + "/" + id).then().statusCode(204);
        admin().get(G + "/" + id).then().statusCode(404);
    }

    @Test
    void reviewFieldsInABodyAreIgnoredNotObeyed() {
        String body = goodPractice("Sneaky").replace("\"partner\"",
                "\"status\": \"published\", \"reviewedAt\": \"2020-01-01T00:00:00Z\", \"partner\"");
        long id = as(token("editor", "vanersborg")).body(body).post(G).then().statusCode(201)
                .body("status", equalTo("draft")).body("reviewedAt", nullValue())
                .extract().jsonPath().getLong("id");
        given().get(G + "/" + id).then().statusCode(404);
    }
}
