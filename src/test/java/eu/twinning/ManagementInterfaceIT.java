package eu.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The packaged jar serves health and metrics on its management port, for monitoring only. */
class ManagementInterfaceIT {

    @Test
    void healthAndMetricsAreOnTheManagementPort() throws Exception {
        try (AppProcess app = AppProcess.start("management", TestDatabase.fresh("twinning_management"))) {
            app.read("/api/v1/partners/raska");
            assertThat(app.management("/q/health/ready").statusCode()).isEqualTo(200);
            var metrics = app.management("/q/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("http_server_requests_seconds_count", "agroal_active_count",
                    "twinning_response_cache_hit_ratio");
            assertThat(app.read("/q/metrics").statusCode()).isEqualTo(404);
            assertThat(app.read("/q/openapi").statusCode()).as("the spec stays public").isEqualTo(200);
        }
    }
}
