package eu.twinning.openapi;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The spec as swagger-request-validator must read it to judge it as client generators do. In
 * OpenAPI 3.0 a nullable reference is written "allOf: [{$ref}], nullable: true"; generators read it
 * as "that schema, or null", but the validator applies nullable only beside a type and so refuses
 * every null. Each such schema is therefore rewritten, for the validator only, as the equivalent
 * "anyOf: [{$ref}, {null only}]". Nothing else changes, and nothing becomes nullable that the
 * spec does not mark so.
 */
final class ValidatorSpec {

    private static final YAMLMapper YAML = new YAMLMapper();

    private ValidatorSpec() {
    }

    static String read(Path spec) {
        try {
            JsonNode tree = YAML.readTree(spec.toFile());
            rewriteNullableReferences(tree);
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + spec, e);
        }
    }

    static void rewriteNullableReferences(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode allOf = object.get("allOf");
            if (object.path("nullable").asBoolean(false) && allOf instanceof ArrayNode refs && refs.size() == 1
                    && refs.get(0).has("$ref")) {
                object.remove(java.util.List.of("allOf", "nullable", "type"));
                ObjectNode nullOnly = JsonNodeFactory.instance.objectNode().put("type", "string").put("nullable", true);
                nullOnly.putArray("enum").addNull();
                object.putArray("anyOf").add(refs.get(0)).add(nullOnly);
            }
            object.forEach(ValidatorSpec::rewriteNullableReferences);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ValidatorSpec::rewriteNullableReferences);
        }
    }
}
