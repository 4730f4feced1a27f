package eu.twinning.http;

import eu.twinning.config.TwinningConfig;
import eu.twinning.problem.ProblemException;
import eu.twinning.problem.ProblemTypes;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses bodies over twinning.max-body-size with a 413 problem: by Content-Length before a byte is
 * read, and by counting for chunked bodies. (quarkus.http.limits.max-body-size stays a larger
 * backstop that bounds memory; it answers without a body.)
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    /** Read on first use: REST providers are built at static init, before runtime configuration. */
    private final Instance<TwinningConfig> settings;

    public BodyLimit(Instance<TwinningConfig> settings) {
        this.settings = settings;
    }

    /** An import carries the whole network, so it may be larger. */
    static final String IMPORT_PATH = "/api/v1/network/import";
    static final int IMPORT_LIMIT = 16 * 1024 * 1024;

    private int limit() {
        return settings.get().maxBodySize();
    }

    void register(@Observes Router router) {
        router.route().order(HttpRoutes.BODY_LIMIT).handler(this::byContentLength);
    }

    void byContentLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > (context.normalizedPath().equals(IMPORT_PATH) ? IMPORT_LIMIT : limit())) {
            HttpProblems.send(context, tooLarge(limit()));
            return;
        }
        context.next();
    }

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        boolean importing = uri != null && ("/" + uri.getPath()).replace("//", "/").equals(IMPORT_PATH);
        context.setInputStream(new CountingStream(context.getInputStream(), importing ? IMPORT_LIMIT : limit()));
        return context.proceed();
    }

    private static ProblemException tooLarge(long limit) {
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
