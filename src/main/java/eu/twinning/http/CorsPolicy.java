package eu.twinning.http;

import eu.twinning.config.TwinningConfig;
import eu.twinning.problem.ProblemException;
import eu.twinning.problem.ProblemTypes;

import java.util.List;
import java.util.Set;

import jakarta.inject.Singleton;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Cross-origin access: any origin may read (municipal sites embed the data, and load the widget's
 * files under /embed/); browser pages may
 * write only from twinning.cors.write-origins and from the API's own origin. A write carrying
 * another Origin is refused here too, since a browser sends some writes without asking first.
 */
@Singleton
public class CorsPolicy {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    static final String ALLOW_HEADERS = "Authorization, Content-Type, Accept, Accept-Language, If-Match, If-None-Match, "
            + "If-Modified-Since";
    static final String EXPOSE_HEADERS = "Content-Language, Link, Location, ETag, Retry-After, RateLimit-Limit, "
            + "RateLimit-Remaining, RateLimit-Reset";

    private final List<String> writeOrigins;

    public CorsPolicy(TwinningConfig config) {
        this.writeOrigins = config.cors().writeOrigins().orElse(List.of());
    }

    void register(@Observes Router router) {
        router.route().order(HttpRoutes.CORS).handler(this::apply);
    }

    void apply(RoutingContext context) {
        String path = context.normalizedPath();
        boolean read = READS.contains(context.request().method());
        if (path.startsWith("/embed/") && read) {
            // The widget is a module script that pages of any origin load, in CORS mode.
            context.response().putHeader("Access-Control-Allow-Origin", "*");
            context.next();
            return;
        }
        if (!path.startsWith("/api/")) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        if (read) {
            // The same for every origin, with or without one: a cached read needs no Vary: Origin.
            response.putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
            context.next();
            return;
        }
        String origin = context.request().getHeader("Origin");
        if (origin == null) {
            context.next();
            return;
        }
        response.putHeader("Vary", "Origin");
        String requested = context.request().getHeader("Access-Control-Request-Method");
        if (context.request().method() == HttpMethod.OPTIONS && requested != null) {
            preflight(context, origin, HttpMethod.valueOf(requested.trim().toUpperCase(java.util.Locale.ROOT)));
            return;
        }
        if (!mayWrite(context, origin)) {
            HttpProblems.send(context, refused(origin));
            return;
        }
        response.putHeader("Access-Control-Allow-Origin", origin)
                .putHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        context.next();
    }

    /**
     * Pages of the configured origins, and of the API's own origin: a browser sends Origin on its
     * same-origin writes too (Swagger UI's "Try it out"), and a page of the API's own is no
     * cross-origin risk. Behind a trusted proxy the request's scheme and host are the forwarded ones.
     */
    private boolean mayWrite(RoutingContext context, String origin) {
        String own = context.request().scheme() + "://" + context.request().host();
        return writeOrigins.contains(origin) || origin.equalsIgnoreCase(own);
    }

    private void preflight(RoutingContext context, String origin, HttpMethod method) {
        boolean read = READS.contains(method);
        if (!read && !mayWrite(context, origin)) {
            HttpProblems.send(context, refused(origin));
            return;
        }
        context.response().setStatusCode(204)
                .putHeader("Access-Control-Allow-Origin", read ? "*" : origin)
                .putHeader("Access-Control-Allow-Methods", read ? "GET, HEAD" : "GET, HEAD, POST, PUT, DELETE")
                .putHeader("Access-Control-Allow-Headers", ALLOW_HEADERS)
                .putHeader("Access-Control-Max-Age", "86400")
                .end();
    }

    private static ProblemException refused(String origin) {
        return new ProblemException(403, ProblemTypes.FORBIDDEN, "Forbidden",
                "Writes from pages of " + origin + " are not allowed (twinning.cors.write-origins)", null);
    }
}
