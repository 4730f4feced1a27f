package eu.twinning.http;

import eu.twinning.config.TwinningConfig;
import eu.twinning.problem.Problem;
import eu.twinning.problem.ProblemTypes;
import eu.twinning.security.Caller;

import java.time.Duration;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Token buckets per token, and per client address for anonymous calls and failed
 * authentications (so that a stream of bad tokens is limited too). Answers 429 with Retry-After;
 * every API response carries the RateLimit-* headers. Each instance counts on its own.
 */
@Singleton
public class RateLimiter {

    private static final String STATE = RateLimiter.class.getName();
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

    /** What one request was allowed, kept for the response headers. */
    private record Quota(long limit, long remaining, long resetSeconds) {
    }

    @ServerRequestFilter
    Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config().enabled()) {
            return Uni.createFrom().nullItem();
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return identities.getDeferredIdentity().onItemOrFailure().transformToUni((identity, failure) -> {
            Response refused = consume(request, failure == null ? key(identity, address) : "ip:" + address,
                    failure == null && !identity.isAnonymous());
            if (refused != null) {
                return Uni.createFrom().item(refused);
            }
            return failure == null ? Uni.createFrom().nullItem() : Uni.createFrom().failure(failure);
        });
    }

    @ServerResponseFilter
    void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STATE) instanceof Quota quota) {
            response.getHeaders().putSingle("RateLimit-Limit", quota.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", quota.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", quota.resetSeconds());
        }
    }

    private static String key(SecurityIdentity identity, String address) {
        if (identity.isAnonymous()) {
            return "ip:" + address;
        }
        Object tokenId = identity.getAttribute(Caller.TOKEN_ID);
        return tokenId != null ? "token:" + tokenId : "principal:" + identity.getPrincipal().getName();
    }

    private Response consume(ContainerRequestContext request, String key, boolean authenticated) {
        long perMinute = authenticated ? config().authenticatedPerMinute() : config().anonymousPerMinute();
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long nanosPerToken = WINDOW.toNanos() / perMinute;
        long untilFull = (perMinute - probe.getRemainingTokens()) * nanosPerToken;
        Quota quota = new Quota(perMinute, probe.getRemainingTokens(), seconds(untilFull));
        request.setProperty(STATE, quota);
        if (probe.isConsumed()) {
            return null;
        }
        long retryAfter = seconds(probe.getNanosToWaitForRefill());
        Problem problem = new Problem(ProblemTypes.BLANK, "Too Many Requests", 429,
                "More than " + perMinute + " requests a minute; retry in " + retryAfter + " s",
                request.getUriInfo().getRequestUri().getPath(), null);
        return Response.status(429).type(Problem.MEDIA_TYPE).entity(problem)
                .header("Retry-After", retryAfter)
                .header("RateLimit-Limit", perMinute)
                .header("RateLimit-Remaining", 0)
                .header("RateLimit-Reset", retryAfter)
                .build();
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
