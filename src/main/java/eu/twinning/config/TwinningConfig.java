package eu.twinning.config;

import java.time.Duration;
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

    Changes changes();

    Webhooks webhooks();

    /** The change feed (README, "Keeping a copy in sync"). */
    interface Changes {
        /** How long tombstones, and changes a later one superseded, are kept; older cursors are answered 410. */
        @WithDefault("P90D")
        Duration retention();

        /** How often each instance prunes what is older than the retention. */
        @WithDefault("PT1H")
        Duration pruneInterval();
    }

    /** Webhook deliveries (README, "Webhooks"). */
    interface Webhooks {
        /** Whether this instance sends deliveries; every instance may, they share the work. */
        @WithDefault("true")
        boolean enabled();

        /** Plain http URLs too, for tests and intranets; https only otherwise. */
        @WithDefault("false")
        boolean allowHttp();

        /**
         * Address ranges (CIDR) that may be delivered to although they are loopback, link-local or
         * private: none by default.
         */
        Optional<List<String>> allowedNetworks();

        /** Connecting and answering, each. */
        @WithDefault("PT10S")
        Duration timeout();

        /** Waits before each retry after the first attempt (each ±20 %); after the last, the delivery fails. */
        @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
        List<Duration> retrySchedule();

        /** How often one worker of each instance looks for due deliveries besides those its own commits announce. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Deliveries sent at once by this instance. */
        @WithDefault("4")
        int senders();
    }

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
