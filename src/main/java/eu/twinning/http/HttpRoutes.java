package eu.twinning.http;

/** Order of this API's Vert.x route handlers, which run before JAX-RS: CORS, then the body limit. */
final class HttpRoutes {
    static final int CORS = -200;
    static final int BODY_LIMIT = -190;

    private HttpRoutes() {
    }
}
