package eu.twinning.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The committed openapi.yaml is exactly what the server serves: integrators read the file. */
@QuarkusTest
class OpenApiSpecTest {

    @Test
    void committedSpecMatchesTheServedSpec() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Path committed = Path.of("openapi.yaml");
        Files.writeString(Path.of("target", "openapi-served.yaml"), served);
        assertThat(Files.exists(committed)).as("openapi.yaml at the project root").isTrue();
        assertThat(Files.readString(committed).strip())
                .as("openapi.yaml differs from /q/openapi; if the change is intended, "
                        + "run: cp target/openapi-served.yaml openapi.yaml")
                .isEqualTo(served.strip());
    }

    @Test
    void everyOperationHasAnIdASummaryAndATag() {
        var spec = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = spec.getMap("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation).as(method + " " + path).containsKeys("operationId", "summary", "tags", "responses");
        }));
    }
}
