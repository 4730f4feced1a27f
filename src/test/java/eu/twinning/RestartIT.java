package eu.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Data written through the API survives a restart, and a SIGKILL right after the writes were
 * acknowledged: the packaged jar runs as a separate process on an H2 file in a fresh directory.
 */
class RestartIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port = freePort();
    private final Path dataDir;

    RestartIT() throws IOException {
        dataDir = Files.createTempDirectory(Path.of("target"), "restart-data");
    }

    @Test
    void acknowledgedWritesSurviveAKillAndARestart() throws Exception {
        List<String> written = new ArrayList<>();
        Process server = start();
        try {
            for (int i = 0; i < 10; i++) {
                String slug = Fixtures.uniqueSlug("kill");
                assertThat(send("POST", "/api/v1/partners", Fixtures.partner(slug)).statusCode()).isEqualTo(201);
                written.add(slug);
            }
        } finally {
            server.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no orderly close of H2
        }

        server = start();
        try {
            for (String slug : written) {
                assertThat(send("GET", "/api/v1/partners/" + slug, null).statusCode()).as(slug).isEqualTo(200);
            }
            assertThat(send("GET", "/api/v1/partners/daugavpils", null).statusCode()).isEqualTo(200);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private Process start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()));
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("TWINNING_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("TWINNING_ADMIN_TOKEN", Fixtures.ADMIN_TOKEN);
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send("GET", "/q/health/ready", null).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            assertThat(process.isAlive()).as("server is running; see " + dataDir.resolve("server.log")).isTrue();
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("server did not become ready; see " + dataDir.resolve("server.log"));
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN)
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
