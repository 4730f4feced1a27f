package eu.twinning.http;

import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import eu.twinning.problem.ProblemException;
import eu.twinning.problem.ProblemTypes;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The request line and header limits, answered with problem documents. The HTTP decoder's own
 * limits (quarkus.http.limits.max-header-size, max-initial-line-length) are set well above these,
 * so that an oversized request reaches this route and learns what was wrong; only one beyond the
 * decoder's limits is refused by the decoder, without a body (README, "Errors").
 */
@Singleton
public class RequestLimits {

    /** The request line's path and query, at most (414 beyond). */
    public static final int MAX_URI = 8 * 1024;
    /** All request headers together, names and values, at most (431 beyond): so each header value too. */
    public static final int MAX_HEADERS = 16 * 1024;
    /**
     * The longest URL this API writes (Location, Link, links in bodies): a scheme, the host the
     * request named (a header), and a path and query no longer than a request's, plus a slug or id.
     */
    public static final int MAX_URL = MAX_HEADERS + MAX_URI + 100;

    void register(@Observes Router router) {
        router.route().order(HttpRoutes.REQUEST_LIMITS).handler(this::check);
    }

    void check(RoutingContext context) {
        if (context.request().uri().length() > MAX_URI) {
            refuse(context, new ProblemException(414, ProblemTypes.BLANK, "URI Too Long",
                    "The request's path and query may have at most " + MAX_URI + " characters", null));
            return;
        }
        long size = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        if (size > MAX_HEADERS) {
            refuse(context, new ProblemException(431, ProblemTypes.BLANK, "Request Header Fields Too Large",
                    "The request's headers may have at most " + MAX_HEADERS + " bytes in all", null));
            return;
        }
        context.next();
    }

    private static void refuse(RoutingContext context, ProblemException problem) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        HttpProblems.send(context, problem);
    }
}
