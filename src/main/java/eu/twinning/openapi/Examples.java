package eu.twinning.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Adds the examples of openapi/examples/ to the spec: for each operation the file named after its
 * operationId ({"request": {name: example}, "responses": {status: {name: example}}}), and for the
 * problem responses problems.json ({ResponseName: {name: example}}). Every answer shown is one
 * the server gave on the TTChan seed data to the request the example names (problems-after-import.json:
 * after the replay's import); ExamplesTest replays
 * them all and fails when an answer changes. An example may instead be "sameAs" another one.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 50)
public class Examples implements OASFilter {

    static final String FOLDER = "openapi/examples/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> attach(openAPI, operation)));
        // Problems that only a changed network can show (an expired cursor, after an import) are in a second file.
        for (String file : java.util.List.of("problems.json", "problems-after-import.json")) {
            JsonNode problems = read(file);
            if (problems != null) {
                problems.fields().forEachRemaining(response -> attach(openAPI, "problem." + response.getKey(),
                        response.getValue(), openAPI.getComponents().getResponses().get(response.getKey()).getContent()));
            }
        }
    }

    private static void attach(OpenAPI openAPI, Operation operation) {
        JsonNode examples = read(operation.getOperationId() + ".json");
        if (examples == null) {
            return;
        }
        String id = operation.getOperationId();
        if (examples.has("request")) {
            attach(openAPI, id + ".request", examples.get("request"), operation.getRequestBody().getContent());
        }
        examples.path("responses").fields().forEachRemaining(status -> attach(openAPI, id + "." + status.getKey(),
                status.getValue(), operation.getResponses().getAPIResponse(status.getKey()).getContent()));
    }

    /**
     * Each example becomes a component, referenced from the content, so that one can serve twice. An
     * example whose request's Accept names one of the content's media types shows that one's answer
     * (JSON-LD beside JSON); the others show the media types no example asks for by name.
     */
    private static void attach(OpenAPI openAPI, String prefix, JsonNode examples, Content content) {
        Set<String> asked = new HashSet<>();
        examples.forEach(example -> asked.add(accept(example, content)));
        examples.fields().forEachRemaining(named -> {
            JsonNode example = named.getValue();
            String component = example.has("sameAs") ? example.get("sameAs").asText() : prefix + "." + named.getKey();
            if (!example.has("sameAs")) {
                openAPI.getComponents().addExample(component, toExample(example));
            }
            String accept = accept(example, content);
            content.getMediaTypes().forEach((type, media) -> {
                if (accept == null ? !asked.contains(type) : accept.equals(type)) {
                    media.addExample(named.getKey(), OASFactory.createExample().ref("#/components/examples/" + component));
                }
            });
        });
    }

    /** The media type of the content that the example's request asks for, or null if it names none of them. */
    private static String accept(JsonNode example, Content content) {
        String accept = example.path("request").path("headers").path("Accept").asText(null);
        return accept != null && content.getMediaTypes().containsKey(accept) ? accept : null;
    }

    private static Example toExample(JsonNode example) {
        Example result = OASFactory.createExample()
                .summary(example.path("summary").asText(null))
                .value(JSON.convertValue(example.get("value"), Object.class));
        JsonNode request = example.get("request");
        if (request != null) {
            result.description("The answer to `" + request.get("method").asText() + " " + request.get("path").asText()
                    + "`" + caller(request.path("as").asText("anonymous")) + " on the TTChan seed data.");
        }
        return result;
    }

    private static String caller(String as) {
        return switch (as.replaceFirst(":.*", "")) {
            case "anonymous" -> "";
            case "editor" -> " by an editor of " + as.substring(as.indexOf(':') + 1);
            default -> " by " + (as.startsWith("a") ? "an " : "a ") + as;
        };
    }

    private static JsonNode read(String name) {
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example file " + FOLDER + name, e);
        }
    }
}
