package eu.twinning.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Per-language texts as JSON text, for the code that reads and writes them with JDBC (migrations):
 * the entities map them as JSON columns through Hibernate ({@code @JdbcTypeCode(SqlTypes.JSON)}).
 */
public final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() {
    };

    private JsonText() {
    }

    /** The texts of a stored value; null for none. */
    public static Map<String, String> texts(String json) {
        try {
            return json == null ? null : JSON.readValue(json, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored text is not a JSON object of texts by language", e);
        }
    }

    public static String of(Object value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value + " as JSON", e);
        }
    }
}
