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
    private static final Map<String, String> RESPONSES = new TreeMap<>(Map.of(
            "BadRequest", "Invalid parameter or body; errors lists each offending field",
            "Unauthorized", "Missing, unknown, expired or revoked bearer token",
            "Forbidden", "The token's role or partner does not allow this, or the page's origin may not write",
            "ContentTooLarge", "The body is larger than the limit (256 KiB by default)",
            "TooManyRequests", "Rate limit reached; see Retry-After and the RateLimit-* headers",
            "NotFound", "No such resource",
            "NotAcceptable", "The Accept header excludes application/json",
            "Conflict", "Conflicts with the current data (duplicate slug, references, state, concurrent change)",
            "UnsupportedMediaType", "The body is not application/json",
            "InternalError", "The server failed; nothing was changed"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        RESPONSES.forEach((name, description) -> openAPI.getComponents().addResponse(name,
                OASFactory.createAPIResponse().description(description).content(problemContent())));
        defineTextSchemas(openAPI);
        openAPI.getComponents().addHeader("ContentLanguage", header("Language of the texts (absent with lang=*)"));
        openAPI.getComponents().addHeader("Vary", header("Accept-Language: responses differ by language"));
        openAPI.getComponents().addHeader("Link", header("RFC 8288 links to the first, prev, next and last pages"));
        openAPI.getComponents().addHeader("Location", header("URL of the created resource"));
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
        if (path.contains("{")) {
            add(operation, "404", "NotFound");
        }
        if (secured) {
            add(operation, "403", "Forbidden");
        }
        if (write) {
            add(operation, "409", "Conflict");
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
