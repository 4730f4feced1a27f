package eu.twinning;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Gives @QuarkusIntegrationTest's packaged application a fresh database of its own. */
public class FreshDatabaseResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        TestDatabase.fresh("twinning_it").forEach((env, value) -> config.put(switch (env) {
            case "QUARKUS_DATASOURCE_JDBC_URL" -> "quarkus.datasource.jdbc.url";
            case "QUARKUS_DATASOURCE_USERNAME" -> "quarkus.datasource.username";
            default -> "twinning.data-dir";
        }, value));
        return config;
    }

    @Override
    public void stop() {
    }
}
