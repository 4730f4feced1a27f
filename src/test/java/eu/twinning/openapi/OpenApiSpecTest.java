package eu.twinning.openapi;

import static eu.twinning.Fixtures.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.Test;

import eu.twinning.i18n.LanguageResolver;
import io.quarkus.test.junit.QuarkusTest;

/** The committed openapi.yaml is exactly what the server serves: integrators read the file. */
@QuarkusTest
class OpenApiSpecTest {

    /**
     * The package writes the spec it builds to openapi.yaml and CI checks that it is committed;
     * this checks, earlier and at run time, that the server serves that same document.
     */
    @Test
    void committedSpecMatchesTheServedSpec() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Files.writeString(Path.of("target", "openapi-served.yaml"), served);
        assertThat(ContractFilter.SPEC).as("openapi.yaml at the project root").exists();
        assertThat(Files.readString(ContractFilter.SPEC).strip())
                .as("openapi.yaml differs from /q/openapi; if the change is intended, "
                        + "run ./mvnw -B package -DskipTests (it writes openapi.yaml) and commit it")
                .isEqualTo(served.strip());
    }

    @Test
    void everyOperationHasAnIdASummaryADescriptionAndATag() throws Exception {
        spec().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                operation -> assertThat(operation.getValue().fieldNames()).toIterable()
                        .as(operation.getKey() + " " + path.getKey())
                        .contains("operationId", "summary", "description", "tags", "responses")));
    }

    @Test
    void swaggerUiShowsTheSpec() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** The contract filter refuses undocumented sort keys; this, that every documented one works. */
    @Test
    void everyDocumentedSortKeyIsAccepted() throws Exception {
        List<String> sorted = new ArrayList<>();
        // The one list under an id (a webhook's deliveries) needs a webhook.
        String webhook = admin().body("{\"url\": \"http://127.0.0.2:9/hook\", \"active\": false}")
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath().getString("id");
        spec().get("paths").fields().forEachRemaining(path -> path.getValue().path("get").path("parameters")
                .forEach(parameter -> {
                    if ("sort".equals(parameter.path("name").asText())) {
                        parameter.at("/schema/items/enum").forEach(key -> {
                            admin().queryParam("sort", key.asText()).get(path.getKey().replace("{id}", webhook))
                                    .then().statusCode(200);
                            sorted.add(path.getKey() + "?sort=" + key.asText());
                        });
                    }
                }));
        assertThat(sorted).as("sort keys of the eight lists").hasSizeGreaterThanOrEqualTo(6 * 2 + 2);
    }

    @Test
    void theLanguageParameterHasTheServersPattern() throws Exception {
        assertThat(spec().at("/components/parameters/Lang/schema/pattern").asText())
                .isEqualTo(LanguageResolver.TAG_OR_ALL);
    }

    private static JsonNode spec() throws Exception {
        return new YAMLMapper().readTree(ContractFilter.SPEC.toFile());
    }
}
