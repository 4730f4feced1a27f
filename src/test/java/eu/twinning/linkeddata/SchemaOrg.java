package eu.twinning.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SchemaDO;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads a JSON-LD document as a linked-data tool would: expands it with a JSON-LD 1.1 processor
 * (Titanium) that may fetch nothing, and holds every property and type it expands to against the
 * schema.org vocabulary as Apache Jena ships it (SchemaDO: its classes are Resources, its
 * properties Properties).
 */
final class SchemaOrg {

    static final Set<String> CLASSES = new HashSet<>();
    static final Set<String> PROPERTIES = new HashSet<>();
    private static final Set<String> TEXTS = Set.of(SchemaDO.NS + "name", SchemaDO.NS + "description");
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        for (Field field : SchemaDO.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !Resource.class.isAssignableFrom(field.getType())) {
                continue;
            }
            try {
                Object term = field.get(null);
                (term instanceof Property ? PROPERTIES : CLASSES).add(((Resource) term).getURI());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private SchemaOrg() {
    }

    /**
     * The document expanded, after checking that expansion needed no fetch and kept every term the
     * document uses, each a schema.org property or type, and that only texts carry a language.
     */
    static JsonArray expand(byte[] document) throws Exception {
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(document)))
                .loader((url, options) -> {
                    throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no fetch allowed: " + url);
                }).get();
        assertThat(expanded).as("one node").hasSize(1);
        Set<String> used = new HashSet<>();
        check(expanded, null, used);
        Set<String> written = new HashSet<>();
        terms(JSON.readTree(document), written);
        assertThat(used).as("every term of the document survives expansion")
                .containsAll(written.stream().map(term -> SchemaDO.NS + term).toList());
        return expanded;
    }

    private static void check(JsonValue value, String property, Set<String> used) {
        if (value instanceof JsonArray array) {
            array.forEach(item -> check(item, property, used));
        } else if (value instanceof JsonObject object) {
            if (object.containsKey("@language")) {
                assertThat(TEXTS).as("a language-tagged value of " + property).contains(property);
            }
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                String key = member.getKey();
                if (key.equals("@type")) {
                    for (JsonValue type : member.getValue().asJsonArray()) {
                        assertThat(CLASSES).as("a schema.org type").contains(((JsonString) type).getString());
                    }
                } else if (!key.startsWith("@")) {
                    assertThat(PROPERTIES).as("a schema.org property").contains(key);
                    used.add(key);
                    check(member.getValue(), key, used);
                }
            }
        }
    }

    /** The terms a compact document uses as properties (not the context, not a language map's tags). */
    private static void terms(JsonNode node, Set<String> terms) {
        if (node.isArray()) {
            node.forEach(item -> terms(item, terms));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                if (!member.getKey().startsWith("@")) {
                    terms.add(member.getKey());
                    if (!TEXTS.contains(SchemaDO.NS + member.getKey())) {
                        terms(member.getValue(), terms);
                    }
                }
            }
        }
    }

    /** The values of a property of the expanded node, at a path of properties (local names). */
    static JsonArray values(JsonValue node, String... path) {
        JsonValue current = node instanceof JsonArray array ? array.get(0) : node;
        JsonArray values = JsonValue.EMPTY_JSON_ARRAY;
        for (String step : path) {
            values = current.asJsonObject().getJsonArray(SchemaDO.NS + step);
            assertThat(values).as(step).isNotNull();
            current = values.get(0);
        }
        return values;
    }
}
