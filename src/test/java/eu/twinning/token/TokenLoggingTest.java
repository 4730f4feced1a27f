package eu.twinning.token;

import static eu.twinning.Fixtures.as;
import static eu.twinning.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With the most an operator would switch on while debugging (the access log, debug for the API
 * and for Quarkus security), the log shows the requests and the tokens by id, never a secret or
 * its hash. The test first proves that it sees those lines, so it cannot pass on a silent log.
 */
@QuarkusTest
@TestProfile(TokenLoggingTest.Verbose.class)
class TokenLoggingTest {

    public static class Verbose implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.access-log.enabled", "true",
                    "quarkus.log.category.\"eu.twinning\".level", "DEBUG",
                    "quarkus.log.category.\"io.quarkus.security\".level", "DEBUG");
        }
    }

    @Test
    void noTokenOrHashReachesALogLine() throws InterruptedException {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                Object[] parameters = record.getParameters();
                lines.add(record.getMessage() + " " + (parameters == null ? "" : List.of(parameters)) + " "
                        + (record.getThrown() == null ? "" : record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String secret = token("editor", "utena");
            as(secret).body("{\"broken\": ").put("/api/v1/partners/utena").then().statusCode(400);
            as(secret + "x").get("/api/v1/partners").then().statusCode(401);
            as(secret).delete("/api/v1/partners/utena").then().statusCode(403);
            Thread.sleep(200); // the access log is written after the response
            String hash = TokenSecrets.hash(secret);

            assertThat(String.join("\n", lines)).contains("Authenticated token", "Refused a bearer token",
                    "/api/v1/partners/utena");
            assertThat(lines).noneMatch(line -> line.contains(secret) || line.contains(hash)
                    || line.contains(secret.substring(TokenSecrets.PREFIX.length())));
        } finally {
            root.removeHandler(capture);
        }
    }
}
