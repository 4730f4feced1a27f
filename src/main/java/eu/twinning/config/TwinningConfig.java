package eu.twinning.config;

import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
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

    /** Largest request body, in bytes; larger ones get 413. */
    @WithDefault("262144")
    int maxBodySize();

    Cors cors();

    RateLimit rateLimit();

    Cache cache();

    interface Cors {
        /** Origins (scheme://host[:port]) whose browser pages may write; any origin may read. */
        Optional<List<String>> writeOrigins();
    }

    /** Per token, and per client address for anonymous calls; each instance counts on its own. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("600")
        int anonymousPerMinute();

        @WithDefault("3000")
        int authenticatedPerMinute();
    }

    /** Anonymous reads answered from bytes already serialized; see README "Reads and caching". */
    interface Cache {
        @WithDefault("true")
        boolean enabled();

        /** Bytes the cached responses may take, bodies and headers. */
        @WithDefault("32M")
        MemorySize maxSize();
    }

    String DEFAULT_LANGUAGES = "en,lv,lt,pl,de,sv,sr,it";

    /**
     * The domain name that names this network's items where a format needs ids that never change:
     * calendar UIDs (event-1@it) and feed ids. Not the request's host, which differs between
     * instances and addresses; set it to the API's public host name.
     */
    @WithDefault("localhost")
    String idDomain();

    /** Languages a read can be answered in; texts missing in one fall back to English. */
    @WithDefault(DEFAULT_LANGUAGES)
    List<String> languages();
}
