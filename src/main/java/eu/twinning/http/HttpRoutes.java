package eu.twinning.http;

/**
 * Order of this API's Vert.x route handlers, which run before JAX-RS: the request's size, CORS, the
 * body limit, the rate limit, then the response cache (so that a cached answer is still limited
 * and CORS-headed). The widget's files (embed.EmbedFiles) get their headers after CORS.
 */
public final class HttpRoutes {
    public static final int REQUEST_LIMITS = -210;
    public static final int CORS = -200;
    public static final int EMBED = -195;
    public static final int BODY_LIMIT = -190;
    public static final int RATE_LIMIT = -180;
    public static final int READ_CACHE = -170;

    private HttpRoutes() {
    }
}
