package eu.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every write acknowledged with a 2xx survives a SIGKILL that hits while writes are arriving, on an
 * H2 file (default build) or PostgreSQL (-Ppostgres).
 */
class RestartIT {

    @Test
    void acknowledgedWritesSurviveAKillInTheMiddleOfWriting() throws Exception {
        Map<String, String> database = TestDatabase.fresh("twinning_restart");
        AppProcess app = AppProcess.start("restart", database);
        PartnerWriter writer = PartnerWriter.start(app, "kill");
        writer.awaitAcknowledged(20);
        app.kill();
        writer.close();
        List<String> acknowledged = writer.acknowledged();

        try (AppProcess restarted = AppProcess.start("restarted", database)) {
            for (String slug : acknowledged) {
                assertThat(restarted.send("GET", "/api/v1/partners/" + slug, null).statusCode()).as(slug)
                        .isEqualTo(200);
            }
            assertThat(restarted.send("GET", "/api/v1/partners/daugavpils", null).statusCode()).isEqualTo(200);
        }
    }
}
