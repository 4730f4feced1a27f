package eu.twinning.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import eu.twinning.http.RequestLimits;
import eu.twinning.http.Validators;
import eu.twinning.i18n.LanguageResolver;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents what every operation can answer besides its success: the problem responses (RFC 9457,
 * defined once in META-INF/openapi.yaml) and the headers of its successful answers. One rule for
 * all operations, so that none forgets one; the contract tests hold the server to it. Every
 * response, problems included, may carry Access-Control-Allow-Origin (CorsPolicy), and the headers
 * whose length follows from the request's own limits get those bounds here, from the same constants.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 100)
public class OperationResponses implements OASFilter {

    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset");

    /** Named as the header: OWASP's rule looks for this name in every headers map, components' too. */
    static final String CORS = "Access-Control-Allow-Origin";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addHeader(CORS, OASFactory.createHeader()
                .description("* on reads, whatever the Origin; on a write from a browser page, that page's origin, when it"
                        + " may write (TWINNING_CORS_WRITE_ORIGINS, or the API's own origin)")
                .schema(string(RequestLimits.MAX_HEADERS)).example("*"));
        components.getHeaders().get("ContentLanguage").getSchema().maxLength(LanguageResolver.MAX_TAG_LENGTH);
        components.getHeaders().get("ETag").getSchema().maxLength(Validators.MAX_LENGTH);
        components.getHeaders().get("Location").getSchema().maxLength(RequestLimits.MAX_URL);
        // first, prev, next and last: <url>; rel="prev", joined by ", ".
        components.getHeaders().get("Link").getSchema().maxLength(4 * (RequestLimits.MAX_URL + 16));
        components.getResponses().values().forEach(response -> response.addHeader(CORS, ref(CORS)));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean write = method != PathItem.HttpMethod.GET;
        // Secured: a token is required (no empty, anonymous alternative among the requirements).
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                && operation.getSecurity().stream().noneMatch(requirement -> requirement.getSchemes().isEmpty());
        // Any request may carry a token, and a bad one is refused even on a public read.
        problem(operation, "400", "BadRequest");
        problem(operation, "401", "Unauthorized");
        if (secured) {
            problem(operation, "403", "Forbidden");
        }
        if (path.contains("{")) {
            problem(operation, "404", "NotFound");
        }
        problem(operation, "406", "NotAcceptable");
        if (write) {
            problem(operation, "409", "Conflict");
        }
        if (hasParameter(operation, "IfMatch")) {
            problem(operation, "412", "PreconditionFailed");
        }
        if (write) {
            // Any write may carry a body, whether the operation reads one or not.
            problem(operation, "413", "ContentTooLarge");
        }
        if (operation.getRequestBody() != null) {
            problem(operation, "415", "UnsupportedMediaType");
        }
        problem(operation, "414", "UriTooLong");
        problem(operation, "429", "TooManyRequests");
        problem(operation, "431", "HeaderFieldsTooLarge");
        problem(operation, "500", "InternalError");
        problem(operation, "503", "ServiceUnavailable");
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                successHeaders(write, status, operation, response);
            }
            if (response.getRef() == null) {
                response.addHeader(CORS, ref(CORS));
            }
        });
    }

    /**
     * Every answer with a body carries its ETag, Cache-Control and Vary; a read also its
     * Last-Modified, and may be revalidated (If-None-Match, If-Modified-Since, 304).
     */
    private static void successHeaders(boolean write, String status, Operation operation, APIResponse response) {
        RATE_LIMIT_HEADERS.forEach(name -> response.addHeader(name, ref(name.replace("-", ""))));
        if (response.getContent() == null) {
            return;
        }
        response.addHeader("Content-Language", ref("ContentLanguage"));
        response.addHeader("ETag", ref("ETag"));
        response.addHeader("Cache-Control", ref(write ? "CacheControlWrite" : "CacheControl"));
        response.addHeader("Vary", ref("Vary"));
        if (!write) {
            response.addHeader("Last-Modified", ref("LastModified"));
        }
        if (isPage(response)) {
            response.addHeader("Link", ref("Link"));
        }
        if (!write && status.equals("200")) {
            notModified(operation);
        }
        if (status.equals("201")) {
            response.addHeader("Location", ref("Location"));
        }
    }

    private static boolean isPage(APIResponse response) {
        return response.getContent().getMediaTypes().values().stream()
                .map(media -> media.getSchema() == null ? null : media.getSchema().getRef())
                .anyMatch(ref -> ref != null && ref.substring(ref.lastIndexOf('/') + 1).startsWith("Page"));
    }

    private static void notModified(Operation operation) {
        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/IfNoneMatch"));
        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/IfModifiedSince"));
        APIResponse notModified = OASFactory.createAPIResponse()
                .description("Not modified: the representation the client has is current")
                .addHeader("ETag", ref("ETag"))
                .addHeader("Last-Modified", ref("LastModified"))
                .addHeader("Cache-Control", ref("CacheControl"))
                .addHeader("Vary", ref("Vary"));
        RATE_LIMIT_HEADERS.forEach(name -> notModified.addHeader(name, ref(name.replace("-", ""))));
        notModified.addHeader(CORS, ref(CORS));
        operation.getResponses().addAPIResponse("304", notModified);
    }

    private static void problem(Operation operation, String status, String component) {
        operation.getResponses().addAPIResponse(status,
                OASFactory.createAPIResponse().ref("#/components/responses/" + component));
    }

    private static boolean hasParameter(Operation operation, String component) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> ("#/components/parameters/" + component).equals(p.getRef()));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }
}
