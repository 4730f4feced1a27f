package eu.twinning.http;

import eu.twinning.problem.ProblemException;
import eu.twinning.problem.ProblemTypes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional requests (RFC 9110). A representation's ETag is "version-language": strong, since
 * each language is a different representation, while If-Match compares the version alone, which
 * is what identifies the stored state. GETs answer If-None-Match with 304; writes refuse a stale
 * If-Match with 412.
 */
public class Preconditions {

    private static final Pattern TAG = Pattern.compile("\"(\\d+)-[A-Za-z*-]+\"");

    public static String etag(long version, String language) {
        return "\"" + version + "-" + (language == null ? "all" : language) + "\"";
    }

    /** Refuses a write whose If-Match names no current version; no header means no condition. */
    public static void requireMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        Matcher tags = TAG.matcher(ifMatch);
        while (tags.find()) {
            // Weak tags (W/"...") never match under If-Match's strong comparison.
            boolean weak = tags.start() >= 2 && ifMatch.startsWith("W/", tags.start() - 2);
            if (!weak && tags.group(1).equals(String.valueOf(version))) {
                return;
            }
        }
        throw new ProblemException(412, ProblemTypes.PRECONDITION_FAILED, "Precondition Failed",
                "The resource has changed since it was read (If-Match " + ifMatch.trim()
                        + "); read it again, reapply the change and retry",
                null);
    }

    @ServerResponseFilter
    void etags(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Versioned versioned) || response.getStatus() >= 300) {
            return;
        }
        String language = response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE);
        String etag = etag(versioned.version(), language);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if ("GET".equals(request.getMethod()) && ifNoneMatch != null
                && (ifNoneMatch.trim().equals("*") || ifNoneMatch.contains(etag))) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }
}
