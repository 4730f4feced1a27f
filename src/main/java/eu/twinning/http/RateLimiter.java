package eu.twinning.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import eu.twinning.config.TwinningConfig;
import eu.twinning.problem.ProblemException;
import eu.twinning.problem.ProblemTypes;
import eu.twinning.security.Sha256;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Token buckets per client address and per token; 429 with Retry-After, and the RateLimit-* headers
 * on every API response. Counting comes first, at the edge, before anything is authenticated or
 * read: a request without a token spends from its address's allowance; one with a token from that
 * token's (keyed by its hash, so no lookup is needed to count it). A token that fails to
 * authenticate also spends from its address's allowance of failures, and once that is spent the
 * address's next tokens are refused unchecked: a flood of guesses never reaches the database.
 * Each instance counts on its own.
 */
@Singleton
public class RateLimiter {

    private static final String QUOTA = RateLimiter.class.getName() + ".quota";
    private static final String FAILURES = RateLimiter.class.getName() + ".failures";
    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** Read on first use: REST filters are built at static init, before runtime configuration. */
    private final Instance<TwinningConfig> settings;
    private final CurrentIdentityAssociation identities;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

    public RateLimiter(Instance<TwinningConfig> settings, CurrentIdentityAssociation identities) {
        this.settings = settings;
        this.identities = identities;
    }

    private TwinningConfig.RateLimit config() {
        return settings.get().rateLimit();
    }

    /** What one request was allowed, for its response headers; refused when nothing was left. */
    private record Quota(long limit, long remaining, long resetSeconds, long retryAfter, boolean refused) {
        List<Map.Entry<String, String>> headers() {
            return List.of(Map.entry("RateLimit-Limit", String.valueOf(limit)),
                    Map.entry("RateLimit-Remaining", String.valueOf(remaining)),
                    Map.entry("RateLimit-Reset", String.valueOf(resetSeconds)));
        }

        ProblemException problem(String what) {
            return new ProblemException(429, ProblemTypes.BLANK, "Too Many Requests",
                    "More than " + limit + " " + what + " a minute; retry in " + retryAfter + " s", null);
        }
    }

    void register(@Observes Router router) {
        router.route().order(HttpRoutes.RATE_LIMIT).handler(this::count);
    }

    /** Counts every API request before it is authenticated or answered. */
    void count(RoutingContext context) {
        if (!config().enabled() || !context.normalizedPath().startsWith("/api/")) {
            context.next();
            return;
        }
        var remote = context.request().remoteAddress();
        String address = remote == null ? "unknown" : remote.hostAddress();
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        Quota quota;
        String what = "requests";
        if (authorization == null) {
            quota = consume("ip:" + address, config().anonymousPerMinute());
        } else {
            Bucket failures = bucket("failures:" + address, config().anonymousPerMinute());
            context.put(FAILURES, failures);
            quota = failures.getAvailableTokens() > 0
                    ? consume("token:" + Sha256.hex(authorization), config().authenticatedPerMinute())
                    : quota(failures, config().anonymousPerMinute(), failures.estimateAbilityToConsume(1)
                            .getNanosToWaitForRefill());
            what = failures.getAvailableTokens() > 0 ? what : "failed authentications";
        }
        context.put(QUOTA, quota);
        quota.headers().forEach(h -> context.response().headers().set(h.getKey(), h.getValue()));
        if (quota.refused()) {
            context.response().putHeader("Retry-After", String.valueOf(quota.retryAfter()));
            HttpProblems.send(context, quota.problem(what));
            return;
        }
        context.next();
    }

    /** A token that fails to authenticate spends one of its address's failures. */
    @ServerRequestFilter
    Uni<Response> failures(ContainerRequestContext request, RoutingContext context) {
        Bucket failures = context.get(FAILURES);
        if (failures == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().onItemOrFailure().transformToUni((identity, failure) -> {
            if (failure == null) {
                return Uni.createFrom().nullItem();
            }
            failures.tryConsume(1);
            return Uni.createFrom().failure(failure);
        });
    }

    private Bucket bucket(String key, long perMinute) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build())
                .build());
    }

    private Quota consume(String key, long perMinute) {
        Bucket bucket = bucket(key, perMinute);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? quota(bucket, perMinute, 0) : quota(bucket, perMinute, probe.getNanosToWaitForRefill());
    }

    /** The quota left in a bucket; refused when the next unit is still nanosToWait away. */
    private static Quota quota(Bucket bucket, long perMinute, long nanosToWait) {
        long remaining = bucket.getAvailableTokens();
        long untilFull = (perMinute - remaining) * (WINDOW.toNanos() / perMinute);
        return new Quota(perMinute, remaining, seconds(untilFull), seconds(nanosToWait), nanosToWait > 0);
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
