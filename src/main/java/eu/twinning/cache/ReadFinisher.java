package eu.twinning.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import eu.twinning.http.Validators;
import eu.twinning.http.Versioned;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Finishes every successful answer of the API: serializes it once, gives it its validators (ETag
 * from the bytes, Last-Modified from the data version it was read at) and cache headers, answers
 * 304 when the client's copy is current, and stores anonymous reads in the response cache. It runs
 * after every other response filter, so that the bytes it stores are the bytes it sends.
 */
public class ReadFinisher {

    /** Anonymous reads: any cache may keep them, and must revalidate before each use. */
    static final String PUBLIC = "no-cache";
    /** Reads with a token may show unpublished data: the browser may keep them, shared caches never. */
    static final String PRIVATE = "private, no-cache";
    /** Answers to writes are not representations to keep. */
    static final String WRITE = "no-store";
    /** Reads differ by format, by language and by who asks (drafts for their editors). */
    static final String VARY = "Accept, Accept-Language, Authorization";
    private static final List<String> REPRESENTATION_HEADERS = List.of(HttpHeaders.CONTENT_LANGUAGE, "Link");

    private final ObjectWriter json;
    private final ResponseCache cache;

    public ReadFinisher(ObjectMapper mapper, ResponseCache cache) {
        this.json = mapper.writer();
        this.cache = cache;
    }

    @ServerResponseFilter(priority = 1)
    public void finish(ContainerRequestContext request, ContainerResponseContext response, RoutingContext context)
            throws IOException {
        Object entity = response.getEntity();
        int status = response.getStatus();
        MediaType type = response.getMediaType();
        if (entity == null || status < 200 || status >= 300 || type == null) {
            return;
        }
        byte[] body = bytes(entity, type);
        if (body == null) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        String etag = Validators.of(entity instanceof Versioned versioned ? versioned.version() : null,
                response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE), body);
        headers.putSingle(HttpHeaders.ETAG, etag);
        // The edge's default Cache-Control (for errors) gives way to the one of this answer.
        context.response().headers().remove(HttpHeaders.CACHE_CONTROL);
        headers.putSingle(HttpHeaders.VARY, VARY);
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, WRITE);
            response.setEntity(body, response.getEntityAnnotations(), type);
            return;
        }
        ReadContext read = context.get(ReadContext.ATTRIBUTE);
        Instant lastModified = read == null ? null : read.stamp().changedAt();
        headers.putSingle(HttpHeaders.CACHE_CONTROL, request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                ? PUBLIC : PRIVATE);
        if (lastModified != null) {
            headers.putSingle(HttpHeaders.LAST_MODIFIED, Validators.httpDate(lastModified));
        }
        if (read != null && read.key() != null && status == 200) {
            cache.store(read.key(), entry(read, etag, type, headers, body, context));
        }
        if (Validators.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), etag, lastModified)) {
            response.setStatus(304);
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_LANGUAGE);
            headers.remove("Link");
        } else {
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
    }

    /** The bytes of a representation: JSON of any flavour serialized here, other formats as built. */
    private byte[] bytes(Object entity, MediaType type) throws IOException {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
            return json.writeValueAsBytes(entity);
        }
        return null;
    }

    private static CachedResponse entry(ReadContext read, String etag, MediaType type,
            MultivaluedMap<String, Object> headers, byte[] body, RoutingContext context) {
        List<Map.Entry<CharSequence, CharSequence>> validators = new ArrayList<>();
        validators.add(Map.entry(HttpHeaders.ETAG, etag));
        validators.add(Map.entry(HttpHeaders.LAST_MODIFIED, Validators.httpDate(read.stamp().changedAt())));
        validators.add(Map.entry(HttpHeaders.CACHE_CONTROL, PUBLIC));
        validators.add(Map.entry(HttpHeaders.VARY, VARY));
        List<Map.Entry<CharSequence, CharSequence>> all = new ArrayList<>(validators);
        all.add(Map.entry(HttpHeaders.CONTENT_TYPE, type.toString()));
        for (String name : REPRESENTATION_HEADERS) {
            Object value = headers.getFirst(name);
            if (value != null) {
                all.add(Map.entry(name, value.toString()));
            }
        }
        String template = ((HttpServerRequestInternal) context.request()).context().getLocal("UrlPathTemplate");
        return new CachedResponse(read.stamp().version(), Buffer.buffer(body), List.copyOf(all), etag,
                read.stamp().changedAt(), List.copyOf(validators), template);
    }
}
