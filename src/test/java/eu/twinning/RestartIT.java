package eu.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Every write acknowledged with a 2xx survives a SIGKILL that hits while writes are arriving, on an
 * H2 file (default build) or PostgreSQL (-Ppostgres).
 */
class RestartIT {

    @Test
    void acknowledgedWritesSurviveAKillInTheMiddleOfWriting() throws Exception {
        Map<String, String> database = TestDatabase.fresh("twinning_restart");
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);

        AppProcess app = AppProcess.start("restart", database);
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                String slug = Fixtures.uniqueSlug("kill");
                try {
                    HttpResponse<String> response = app.send("POST", "/api/v1/partners", Fixtures.partner(slug));
                    if (response.statusCode() == 201) {
                        acknowledged.add(slug);
                    }
                } catch (Exception killed) {
                    writing.set(false);
                }
            }
        });
        writer.start();
        while (acknowledged.size() < 20) {
            Thread.sleep(20);
        }
        app.kill();
        writing.set(false);
        writer.join();

        try (AppProcess restarted = AppProcess.start("restarted", database)) {
            for (String slug : acknowledged) {
                assertThat(restarted.send("GET", "/api/v1/partners/" + slug, null).statusCode()).as(slug)
                        .isEqualTo(200);
            }
            assertThat(restarted.send("GET", "/api/v1/partners/daugavpils", null).statusCode()).isEqualTo(200);
        }
    }
}
