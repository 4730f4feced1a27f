package eu.twinning.openapi;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * openapi.yaml as swagger-request-validator must read it. The spec says "this schema, or null" as
 * OpenAPI 3.0.3 allows, "oneOf: [{$ref}, {enum: [null]}]"; the validator's parser drops a null
 * from an enum without a type, so that branch would match nothing. Each such "only null" schema
 * is given to the validator in the equivalent form it keeps, "{type: string, nullable: true,
 * enum: [null]}". Nothing else changes; nothing admits null that the spec does not.
 */
final class ValidatorSpec {

    private static final YAMLMapper YAML = new YAMLMapper();

    private ValidatorSpec() {
    }

    static String read(Path spec) {
        try {
            JsonNode tree = YAML.readTree(spec.toFile());
            typeOnlyNull(tree);
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + spec, e);
        }
    }

    private static void typeOnlyNull(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode values = object.get("enum");
            if (object.size() == 1 && values instanceof ArrayNode list && list.size() == 1 && list.get(0).isNull()) {
                object.put("type", "string").put("nullable", true);
            }
            object.forEach(ValidatorSpec::typeOnlyNull);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ValidatorSpec::typeOnlyNull);
        }
    }
}
