package eu.twinning.embed;

import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import eu.twinning.http.HttpRoutes;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The headers of the widget's files under /embed/ (the static resources in
 * META-INF/resources/embed/, README "The widget"), which pages of other origins load: CORS is set
 * by http.CorsPolicy; here the caching, the content types and the resource policy, set when the
 * response is sent, so that they replace the static handler's. A missing file stays a 404 problem.
 */
@Singleton
public class EmbedFiles {

    static final String PREFIX = "/embed/";
    /** /embed/v1/ keeps its interface but gets fixes: an hour fresh, then used while revalidated. */
    static final String WIDGET_CACHE = "public, max-age=3600, stale-while-revalidate=86400";
    /** A library's directory is named by its exact version, so its files never change. */
    static final String LIBRARY_CACHE = "public, max-age=31536000, immutable";

    void register(@Observes Router router) {
        router.route(PREFIX + "*").order(HttpRoutes.EMBED).handler(this::apply);
    }

    void apply(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = context.response();
            int status = response.getStatusCode();
            if (status != 200 && status != 206 && status != 304) {
                return;
            }
            response.putHeader(HttpHeaders.CACHE_CONTROL, path.matches("/embed/v[0-9]+/leaflet/[^/]+/.+")
                    ? LIBRARY_CACHE : WIDGET_CACHE);
            // Leaflet's images are loaded by <img> in pages of other origins, also under COEP.
            response.putHeader("Cross-Origin-Resource-Policy", "cross-origin");
            if (status != 304) {
                // The static handler leaves some types out (HEAD, .map, LICENSE); nosniff needs them all.
                response.putHeader(HttpHeaders.CONTENT_TYPE, contentType(path));
            }
        });
        context.next();
    }

    static String contentType(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        return switch (extension) {
            case "js", "mjs" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "png" -> "image/png";
            case "svg" -> "image/svg+xml";
            case "map", "json" -> "application/json";
            default -> "text/plain; charset=utf-8";
        };
    }
}
