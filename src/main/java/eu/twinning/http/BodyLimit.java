package eu.twinning.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import jakarta.enterprise.event.Observes;

import eu.twinning.config.TwinningConfig;
import eu.twinning.problem.ProblemException;
import eu.twinning.problem.ProblemTypes;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses the bodies of writes over twinning.max-body-size (16 MiB for an import) with a 413
 * problem: by Content-Length before a byte is read, and a body without one (chunked, or an HTTP/2
 * stream) by counting as JAX-RS reads it. quarkus.http.limits.max-body-size is a backstop above
 * every limit here, so that it is never the one to answer (its refusal has no problem document).
 * (Reading such a body here, before JAX-RS, would fail on HTTP/2 in Quarkus 3.36: JAX-RS pauses
 * the request, and an ended HTTP/2 request refuses to be paused, quarkusio/quarkus#34393.)
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    /** An import carries the whole network, so it may be larger. */
    static final String IMPORT_PATH = "/api/v1/network/import";
    static final long IMPORT_LIMIT = 16L * 1024 * 1024;

    /** Read on first use: REST providers are built at static init, before runtime configuration. */
    private final Instance<TwinningConfig> settings;

    @Context
    UriInfo uri;

    public BodyLimit(Instance<TwinningConfig> settings) {
        this.settings = settings;
    }

    private long limitFor(String path) {
        return path.equals(IMPORT_PATH) ? IMPORT_LIMIT : settings.get().maxBodySize();
    }

    void register(@Observes Router router) {
        router.route().order(HttpRoutes.BODY_LIMIT).handler(this::byContentLength);
    }

    void byContentLength(RoutingContext context) {
        HttpMethod method = context.request().method();
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !context.normalizedPath().startsWith("/api/") || method == HttpMethod.GET
                || method == HttpMethod.HEAD) {
            context.next();
        } else if (length.length() > 18 || !length.chars().allMatch(Character::isDigit)) {
            refuse(context, ProblemException.invalid("Content-Length", "must be a number of bytes"));
        } else if (Long.parseLong(length) > limitFor(context.normalizedPath())) {
            refuse(context, tooLarge(limitFor(context.normalizedPath())));
        } else {
            context.next();
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String path = uri == null ? "" : ("/" + uri.getPath()).replace("//", "/");
        context.setInputStream(new CountingStream(context.getInputStream(), limitFor(path)));
        return context.proceed();
    }

    /** The rest of the body is not read: the connection ends with the answer. */
    private static void refuse(RoutingContext context, ProblemException problem) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        HttpProblems.send(context, problem);
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(413, ProblemTypes.BLANK, "Content Too Large",
                "Request bodies may have at most " + limit + " bytes", null);
    }

    private static final class CountingStream extends FilterInputStream {
        private final long limit;
        private long count;

        CountingStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
