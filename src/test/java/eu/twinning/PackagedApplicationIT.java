package eu.twinning;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged jar, in the production profile on a fresh database (an H2 file, or PostgreSQL with
 * -Ppostgres; failsafe sets TWINNING_ADMIN_TOKEN): seeded, readable, writable, and strict.
 */
@QuarkusIntegrationTest
@io.quarkus.test.common.QuarkusTestResource(FreshDatabaseResource.class)
class PackagedApplicationIT {

    @Test
    void servesTheSeededNetworkInTwoLanguages() {
        given().get("/api/v1/network").then().statusCode(200).body("acronym", equalTo("TTChan"));
        given().queryParam("lang", "lv").get("/api/v1/partners/raska").then().statusCode(200)
                .header("Content-Language", "lv");
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    /** Health and metrics are on the management interface (ManagementInterfaceIT), not here. */
    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void everyExchangeIsCheckedAgainstTheSpecHereToo() {
        org.assertj.core.api.Assertions.assertThat(io.restassured.RestAssured.filters())
                .anyMatch(eu.twinning.openapi.ContractFilter.class::isInstance);
    }

    @Test
    void writesWithTheAdminTokenAndAnswersProblems() {
        String slug = uniqueSlug("jar");
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
        given().get("/api/v1/partners/" + slug).then().statusCode(200);
        given().contentType("application/json").body(partner(uniqueSlug("anon"))).post("/api/v1/partners")
                .then().statusCode(401).contentType("application/problem+json");
        admin().body("{\"slug\": 1}").post("/api/v1/partners").then().statusCode(400)
                .body("detail", containsString("slug"));
    }
}
