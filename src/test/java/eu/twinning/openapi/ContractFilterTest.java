package eu.twinning.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The contract check bites: each test breaks one promise in a copy of openapi.yaml and shows that
 * a real exchange with the server then fails, naming what differs. (With the true spec the same
 * exchanges pass: the filter installed for the whole suite checks them too.)
 */
@QuarkusTest
class ContractFilterTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void isInstalledForEveryTest() {
        assertThat(RestAssured.filters()).anyMatch(ContractFilter.class::isInstance);
    }

    @Test
    void anUndocumentedFieldFails() {
        ContractFilter filter = filterFor(spec -> properties(spec, "Partner").remove("website"));
        assertThatThrownBy(() -> given().filter(filter).get("/api/v1/partners/raska"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET")
                .hasMessageContaining("not allowed")
                .hasMessageContaining("website");
    }

    @Test
    void aMissingRequiredFieldFails() {
        ContractFilter filter = filterFor(spec -> ((com.fasterxml.jackson.databind.node.ArrayNode) schema(spec,
                "Partner").get("required")).add("motto"));
        assertThatThrownBy(() -> given().filter(filter).get("/api/v1/partners/raska"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("motto");
    }

    @Test
    void aNullWhereTheSpecAllowsNoneFails() {
        // Vilnius has no participant count of its own: a nullable integer.
        ContractFilter notNullCount = filterFor(spec -> ((ObjectNode) properties(spec, "Partner").get("participants"))
                .remove("nullable"));
        assertThatThrownBy(() -> given().filter(notNullCount).get("/api/v1/partners/vilnius"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/participants");
        // Anhalt-Bitterfeld, a district, has no coordinates: a nullable reference, oneOf [Coordinates, null].
        ContractFilter notNullCoordinates = filterFor(spec -> properties(spec, "Partner").putObject("coordinates")
                .put("$ref", "#/components/schemas/Coordinates"));
        assertThatThrownBy(() -> given().filter(notNullCoordinates).get("/api/v1/partners/anhalt-bitterfeld"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/coordinates");
    }

    /**
     * Why the spec's null branches are typed ({type: object, nullable: true, enum: [null]}): the
     * validator's parser drops the null of an untyped enum: [null], which then admits nothing.
     * The committed spec is read as it is, so the whole suite's nulls pass only with the typed form.
     */
    @Test
    void anUntypedNullBranchWouldRefuseNull() {
        ContractFilter untyped = filterFor(spec -> {
            ObjectNode branch = (ObjectNode) properties(spec, "Partner").at("/coordinates/oneOf/1");
            branch.remove("type");
            branch.remove("nullable");
        });
        assertThatThrownBy(() -> given().filter(untyped).get("/api/v1/partners/anhalt-bitterfeld"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/coordinates");
        given().get("/api/v1/partners/anhalt-bitterfeld").then().statusCode(200)
                .body("coordinates", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anUndocumentedStatusFails() {
        ContractFilter filter = filterFor(spec -> ((ObjectNode) spec
                .at("/paths/~1api~1v1~1partners~1{slug}/get/responses")).remove("404"));
        assertThatThrownBy(() -> given().filter(filter).get("/api/v1/partners/riga"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("404");
    }

    @Test
    void anUndocumentedContentTypeFails() {
        ContractFilter filter = filterFor(spec -> {
            ObjectNode content = (ObjectNode) spec.at("/components/responses/NotFound/content");
            content.set("application/json", content.remove("application/problem+json"));
        });
        assertThatThrownBy(() -> given().filter(filter).get("/api/v1/partners/riga"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("application/problem+json");
    }

    @Test
    void acceptingARequestTheSpecCallsInvalidFails() {
        ContractFilter filter = filterFor(spec -> ((ObjectNode) spec.at("/components/parameters/Size/schema"))
                .put("maximum", 5));
        assertThatThrownBy(() -> given().filter(filter).queryParam("size", 20).get("/api/v1/partners"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the spec says this request is invalid, but the server accepted it")
                .hasMessageContaining("size");
    }

    @Test
    void answeringAnOperationTheSpecLacksFails() {
        ContractFilter filter = filterFor(spec -> ((ObjectNode) spec.get("paths")).remove("/api/v1/network"));
        assertThatThrownBy(() -> given().filter(filter).get("/api/v1/network"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the spec has no such operation");
    }

    @Test
    void aRefusedInvalidRequestWithADocumentedProblemPasses() {
        // What error tests do on purpose: the spec and the server agree that it is invalid.
        given().queryParam("size", 1000).get("/api/v1/partners").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static ContractFilter filterFor(Consumer<ObjectNode> breakSpec) {
        try {
            ObjectNode spec = (ObjectNode) YAML.readTree(ContractFilter.SPEC.toFile());
            breakSpec.accept(spec);
            Path broken = Files.createTempFile(Files.createDirectories(Path.of("target")), "broken-openapi", ".yaml");
            YAML.writeValue(broken.toFile(), spec);
            return ContractFilter.forSpec(broken);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode schema(ObjectNode spec, String name) {
        return (ObjectNode) spec.at("/components/schemas/" + name);
    }

    private static ObjectNode properties(ObjectNode spec, String name) {
        return (ObjectNode) schema(spec, name).get("properties");
    }
}
