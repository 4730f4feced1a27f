package eu.twinning.common;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents what every operation can answer besides success: the problem responses (RFC 9457)
 * and the language, paging and location headers. One place, so that no operation forgets one.
 */
public class OpenApiProblems implements OASFilter {

    /** Sorted, so that the generated spec is the same on every run. */
    private static final Map<String, String> RESPONSES = new TreeMap<>(Map.ofEntries(
            Map.entry("BadRequest", "Invalid parameter or body; errors lists each offending field"),
            Map.entry("Unauthorized", "Missing, unknown, expired or revoked bearer token"),
            Map.entry("Forbidden", "The token's role or partner does not allow this, or the page's origin may not write"),
            Map.entry("ContentTooLarge", "The body is larger than the limit (256 KiB by default)"),
            Map.entry("TooManyRequests", "Rate limit reached; see Retry-After and the RateLimit-* headers"),
            Map.entry("PreconditionFailed", "If-Match names a version that is no longer current; read again and retry"),
            Map.entry("NotFound", "No such resource"),
            Map.entry("NotAcceptable", "The Accept header excludes application/json"),
            Map.entry("Conflict", "Conflicts with the current data (duplicate slug, references, state, concurrent change)"),
            Map.entry("UnsupportedMediaType", "The body is not application/json"),
            Map.entry("InternalError", "The server failed; nothing was changed"),
            Map.entry("ServiceUnavailable", "The database cannot be reached; retry after Retry-After seconds")));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        RESPONSES.forEach((name, description) -> openAPI.getComponents().addResponse(name,
                OASFactory.createAPIResponse().description(description).content(problemContent())));
        defineTextSchemas(openAPI);
        openAPI.getComponents().addHeader("ContentLanguage", header("Language of the texts (absent with lang=*)"));
        openAPI.getComponents().addHeader("Vary", header("Accept-Language: responses differ by language"));
        openAPI.getComponents().addHeader("Link", header("RFC 8288 links to the first, prev, next and last pages"));
        openAPI.getComponents().addHeader("Location", header("URL of the created resource"));
        openAPI.getComponents().addHeader("ETag", header("Version and language of this representation, for "
                + "If-None-Match (304) and If-Match (412)"));
        for (String name : new String[] { "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset" }) {
            openAPI.getComponents().addHeader(name.replace("-", ""), header(switch (name) {
                case "RateLimit-Limit" -> "Requests allowed a minute for this token or client address";
                case "RateLimit-Remaining" -> "Requests left in the current window";
                default -> "Seconds until the allowance is full again";
            }));
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean write = method != PathItem.HttpMethod.GET;
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        add(operation, "400", "BadRequest");
        // Any request may carry a token, and a bad one is refused even on a public read.
        add(operation, "401", "Unauthorized");
        add(operation, "406", "NotAcceptable");
        add(operation, "429", "TooManyRequests");
        add(operation, "500", "InternalError");
        add(operation, "503", "ServiceUnavailable");
        if (path.contains("{")) {
            add(operation, "404", "NotFound");
        }
        if (secured) {
            add(operation, "403", "Forbidden");
        }
        if (write) {
            add(operation, "409", "Conflict");
        }
        boolean conditional = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "If-Match".equals(p.getName()));
        if (conditional) {
            add(operation, "412", "PreconditionFailed");
        }
        if (operation.getRequestBody() != null) {
            add(operation, "413", "ContentTooLarge");
            add(operation, "415", "UnsupportedMediaType");
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                response.addHeader("Content-Language", ref("ContentLanguage"));
                response.addHeader("Vary", ref("Vary"));
                if (!write && !path.contains("{") && !path.endsWith("/network")) {
                    response.addHeader("Link", ref("Link"));
                }
                response.addHeader("RateLimit-Limit", ref("RateLimitLimit"));
                response.addHeader("RateLimit-Remaining", ref("RateLimitRemaining"));
                response.addHeader("RateLimit-Reset", ref("RateLimitReset"));
                if (isVersioned(response)) {
                    response.addHeader("ETag", ref("ETag"));
                    if (!write && status.equals("200")) {
                        notModified(operation);
                    }
                }
                if (status.equals("201")) {
                    response.addHeader("Location", ref("Location"));
                }
            }
        });
    }

    /** Per-language texts: annotations cannot express "a string, or an object of strings". */
    private static void defineTextSchemas(OpenAPI openAPI) {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        openAPI.getComponents().addSchema("TextByLanguage", OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .additionalPropertiesSchema(string)
                .description("Text per language tag (BCP 47, e.g. en, lv, sr-Latn); English (en) is required")
                .addExample(new TreeMap<>(Map.of("en", "Daugavpils", "lv", "Daugavpils"))));
        openAPI.getComponents().addSchema("LocalizedText", OASFactory.createSchema()
                .addOneOf(string)
                .addOneOf(OASFactory.createSchema().ref("#/components/schemas/TextByLanguage"))
                .description("A string in the language of the response (see Content-Language); with lang=* "
                        + "an object keyed by language tag"));
    }

    /** Responses whose body is a stored resource with a version carry an ETag. */
    private static boolean isVersioned(APIResponse response) {
        return response.getContent().getMediaTypes().values().stream()
                .map(media -> media.getSchema() == null ? null : media.getSchema().getRef())
                .anyMatch(ref -> ref != null && VERSIONED.contains(ref.substring(ref.lastIndexOf('/') + 1)));
    }

    private static final java.util.Set<String> VERSIONED = java.util.Set.of("Partner", "Event", "Memorandum",
            "GoodPractice", "Network");

    private static void notModified(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name("If-None-Match")
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                .description("An ETag read before; 304 without a body while it is still current")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: the representation named by If-None-Match is current")
                .addHeader("ETag", ref("ETag")));
    }

    private static void add(Operation operation, String status, String name) {
        APIResponse response = OASFactory.createAPIResponse().ref("#/components/responses/" + name);
        operation.getResponses().addAPIResponse(status, response);
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static Content problemContent() {
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }
}
