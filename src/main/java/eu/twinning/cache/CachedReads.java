package eu.twinning.cache;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import eu.twinning.change.DataVersion;
import eu.twinning.http.HttpRoutes;
import eu.twinning.http.Validators;
import eu.twinning.i18n.Language;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.problem.ProblemException;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers anonymous reads from the response cache at the edge, before JAX-RS, Hibernate and Jackson:
 * a hit costs a lookup and a write of bytes already serialized, a 304 not even that. Every read
 * passes here first and learns the data version it is read at; what is not a hit goes on to JAX-RS,
 * where {@link ReadFinisher} stores the answer for the next reader.
 */
@Singleton
public class CachedReads {

    /** The header of the route template the metrics name a request by (as Quarkus REST sets it). */
    private static final String ROUTE_TEMPLATE = "UrlPathTemplate";
    private static final String API = "/api/";

    private final ResponseCache cache;
    private final DataVersion version;
    private final LanguageResolver languages;

    public CachedReads(ResponseCache cache, DataVersion version, LanguageResolver languages) {
        this.cache = cache;
        this.version = version;
        this.languages = languages;
    }

    void register(@Observes Router router) {
        router.route().order(HttpRoutes.READ_CACHE).handler(this::handle);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD || !context.normalizedPath().startsWith(API)) {
            context.next();
            return;
        }
        DataVersion.Stamp stamp = version.current();
        String key = null;
        if (request.headers().contains(HttpHeaders.AUTHORIZATION) || !cache.usable()) {
            cache.bypassed();
        } else {
            key = key(context);
        }
        context.put(ReadContext.ATTRIBUTE, new ReadContext(stamp, key));
        CachedResponse hit = key == null ? null : cache.lookup(key, stamp.version());
        if (hit == null) {
            context.next();
        } else {
            respond(context, hit);
        }
    }

    /**
     * The request as it selects a representation: where it was sent (Link headers name it), the
     * path and query as sent, the language it resolves to, and what it accepts. Null when the
     * language parameter is invalid: JAX-RS answers that with its 400.
     */
    private String key(RoutingContext context) {
        HttpServerRequest request = context.request();
        Language language;
        try {
            language = languages.resolve(request.getParam("lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (ProblemException invalid) {
            return null;
        }
        return request.scheme() + "://" + request.host() + context.normalizedPath() + '?'
                + Objects.toString(request.query(), "") + '\n' + (language.isAll() ? "*" : language.tag()) + '\n'
                + Objects.toString(request.getHeader(HttpHeaders.ACCEPT), "");
    }

    private static void respond(RoutingContext context, CachedResponse hit) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        if (hit.routeTemplate() != null) {
            ((HttpServerRequestInternal) request).context().putLocal(ROUTE_TEMPLATE, hit.routeTemplate());
        }
        MultiMap headers = response.headers();
        if (Validators.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), hit.etag(), hit.lastModified())) {
            set(headers, hit.validatorHeaders());
            response.setStatusCode(304).end();
            return;
        }
        set(headers, hit.headers());
        if (request.method() == HttpMethod.HEAD) {
            headers.set(HttpHeaders.CONTENT_LENGTH, String.valueOf(hit.body().length()));
            response.end();
        } else {
            response.end(hit.body());
        }
    }

    private static void set(MultiMap headers, List<Map.Entry<CharSequence, CharSequence>> values) {
        for (Map.Entry<CharSequence, CharSequence> header : values) {
            headers.set(header.getKey(), header.getValue());
        }
    }
}
