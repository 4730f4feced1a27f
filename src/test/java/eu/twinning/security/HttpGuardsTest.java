package eu.twinning.security;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import eu.twinning.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Body limits, CORS and response headers, through HTTP. */
@QuarkusTest
class HttpGuardsTest {

    private static final String ALLOWED = "https://www.daugavpils.lv";

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private static String bigPartner() {
        return partner("big").replace("A test partner", "x".repeat(300 * 1024));
    }

    @Test
    void aBodyOverTheLimitIs413ByItsLength() {
        admin().body(bigPartner()).post("/api/v1/partners").then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("262144"));
        given().get("/api/v1/partners/big").then().statusCode(404);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() throws Exception {
        byte[] body = bigPartner().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/partners"))
                .header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                // An input stream of unknown length is sent chunked, without Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    /** Over the import's 16 MiB, the largest limit: still a problem, never the HTTP layer's bare 413. */
    @Test
    void aChunkedBodyOverTheLargestLimitIsAProblem() throws Exception {
        byte[] huge = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        for (String path : new String[] { "/api/v1/network/import" }) {
            HttpResponse<String> response = chunked(path, huge);
            assertThat(response.statusCode()).as(path).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("Content Too Large");
        }
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        String slug = uniqueSlug("chunked");
        assertThat(chunked("/api/v1/partners", partner(slug).getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(201);
        given().get("/api/v1/partners/" + slug).then().statusCode(200);
    }

    @Test
    void oversizedHeadersAndUrisAreProblems() {
        given().header("X-Filler", "x".repeat(70 * 1024)).get("/api/v1/network").then().statusCode(431)
                .contentType("application/problem+json").body("detail", containsString("16384"));
        given().get("/api/v1/partners?q=" + "x".repeat(10 * 1024)).then().statusCode(414)
                .contentType("application/problem+json");
    }

    private HttpResponse<String> chunked(String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anyOriginMayRead() {
        given().header("Origin", "https://www.raska.org.rs").get("/api/v1/partners/raska").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("Link"));
        given().header("Origin", "https://anywhere.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept-language")
                .options("/api/v1/events").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void onlyConfiguredOriginsMayWrite() {
        given().header("Origin", ALLOWED).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/api/v1/partners/daugavpils").then().statusCode(204)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/partners").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());

        String slug = uniqueSlug("cors");
        admin().header("Origin", "https://evil.example").body(partner(slug)).post("/api/v1/partners").then()
                .statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("evil.example"));
        given().get("/api/v1/partners/" + slug).then().statusCode(404);
        admin().header("Origin", ALLOWED).body(partner(slug)).post("/api/v1/partners").then().statusCode(201)
                .header("Access-Control-Allow-Origin", ALLOWED);
    }

    /** Swagger UI's "Try it out": a browser sends Origin on same-origin writes too. */
    @Test
    void theApisOwnOriginMayWrite() {
        String own = "http://localhost:" + port;
        admin().header("Origin", own).body(partner(uniqueSlug("swagger"))).post("/api/v1/partners").then()
                .statusCode(201).header("Access-Control-Allow-Origin", own);
        given().header("Origin", own).header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/partners/daugavpils").then().statusCode(204);
        admin().header("Origin", "http://localhost:1").body(partner(uniqueSlug("other"))).post("/api/v1/partners")
                .then().statusCode(403);
    }

    @Test
    void responsesCarrySecurityHeadersAndNoBanners() {
        for (var response : new io.restassured.response.Response[] {
                given().get("/api/v1/network"), given().get("/api/v1/partners/atlantis") }) {
            response.then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Strict-Transport-Security", containsString("max-age"))
                    .header("Server", nullValue())
                    .header("X-Powered-By", nullValue());
        }
        given().get("/q/swagger-ui/").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }

    @Test
    void pagingIsCapped() {
        given().queryParam("size", 101).get("/api/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
