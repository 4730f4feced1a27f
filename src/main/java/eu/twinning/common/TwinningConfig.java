package eu.twinning.common;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of this API, each overridable by an environment variable (TWINNING_ADMIN_TOKEN, ...). */
@ConfigMapping(prefix = "twinning")
public interface TwinningConfig {

    /** The bootstrap admin credential; without it every write is refused. */
    Optional<String> adminToken();

    /** Directory of the embedded H2 database; used in quarkus.datasource.jdbc.url. */
    @WithDefault("data")
    String dataDir();

    /** Languages a read can be answered in; texts missing in one fall back to English. */
    @WithDefault("en,lv,lt,pl,de,sv,sr,it")
    List<String> languages();
}
