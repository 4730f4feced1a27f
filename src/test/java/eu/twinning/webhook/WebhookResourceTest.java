package eu.twinning.webhook;

import static eu.twinning.Fixtures.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.twinning.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WebhookResourceTest {

    @Test
    void theSecretIsShownOnceAndNeverAgain() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            var created = admin().body(WebhookDeliveryTest.input(receiver.url(), List.of("partner.updated")))
                    .post("/api/v1/webhooks").then().statusCode(201).header("Cache-Control", "no-store")
                    .body("secret", startsWith("whsec_")).body("active", equalTo(true))
                    .body("eventTypes", equalTo(List.of("partner.updated"))).extract();
            String location = created.header("Location");
            assertThat(location).endsWith("/api/v1/webhooks/" + created.jsonPath().getLong("id"));
            admin().get(location).then().statusCode(200).body("secret", nullValue());
            admin().get("/api/v1/webhooks").then().statusCode(200).body("items.secret", everyItem(nullValue()));
        }
    }

    @Test
    void onlyAdminsManageWebhooks() {
        given().get("/api/v1/webhooks").then().statusCode(401).contentType("application/problem+json");
        Fixtures.as(Fixtures.token("moderator", null)).get("/api/v1/webhooks").then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType("application/json").body(WebhookDeliveryTest.input("https://example.org/hook", List.of()))
                .post("/api/v1/webhooks").then().statusCode(401);
    }

    /** SSRF: under the default rules, inner addresses are refused when the URL is saved. */
    @Test
    void urlsToInnerAddressesAreRefused() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/hook", "http://localhost:9000/q/metrics", "http://[::1]/hook",
                "http://0.0.0.0/hook", "http://192.168.1.1/hook", "http://100.64.0.1/hook")) {
            admin().body(WebhookDeliveryTest.input(url, List.of())).post("/api/v1/webhooks").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString("address"));
        }
    }

    @Test
    void badSubscriptionsAreRefusedWithTheirFieldNamed() {
        admin().body(WebhookDeliveryTest.input("ftp://example.org/hook", List.of())).post("/api/v1/webhooks").then()
                .statusCode(400).body("errors[0].field", equalTo("url"));
        admin().body(WebhookDeliveryTest.input("https://user:pw@example.org/hook", List.of())).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        admin().body(WebhookDeliveryTest.input("http://127.0.0.2/hook", List.of("partner.renamed", "event.created",
                "event.created"))).post("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("eventTypes[0]")).body("errors[1].field", equalTo("eventTypes[2]"));
        admin().body("{\"eventTypes\": []}").post("/api/v1/webhooks").then().statusCode(400);
    }
}
