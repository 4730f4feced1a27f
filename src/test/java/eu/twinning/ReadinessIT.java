package eu.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Readiness follows the database: down while PostgreSQL is unreachable, up again when it returns. */
class ReadinessIT {

    @Test
    void readinessFailsWhileTheDatabaseIsUnreachableAndRecovers() throws Exception {
        assumeTrue(TestDatabase.postgres(), "only a networked database can become unreachable");
        Map<String, String> env = new HashMap<>(TestDatabase.fresh("twinning_ready"));
        try (TcpProxy network = new TcpProxy("127.0.0.1", 5432)) {
            // The database as TestDatabase named it (prefixed by the suite's own, with -Dapp.test-jdbc-url), through the proxy.
            String database = env.get("QUARKUS_DATASOURCE_JDBC_URL").replaceFirst(".*/", "");
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + network.port() + "/" + database);
            try (AppProcess app = AppProcess.start("readiness", env)) {
                network.cut();
                assertThat(awaitStatus(app, 503)).as("readiness while the database is away").isTrue();
                var during = app.send("GET", "/api/v1/partners/raska", null);
                assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
                assertThat(during.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

                network.resume();
                assertThat(awaitStatus(app, 200)).as("readiness once the database is back").isTrue();
                assertThat(app.send("GET", "/api/v1/partners/raska", null).statusCode()).isEqualTo(200);
            }
        }
    }

    private static boolean awaitStatus(AppProcess app, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (app.management("/q/health/ready").statusCode() == status) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }
}
