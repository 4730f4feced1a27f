package eu.twinning.persistence;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Stores a value as JSON text in a VARCHAR column: portable between H2 and PostgreSQL, and read in
 * the same statement as its row (no extra query per translated field).
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private final TypeReference<T> type;

    protected JsonColumn(TypeReference<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        try {
            return value == null ? null : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value, e);
        }
    }

    @Override
    public T convertToEntityAttribute(String json) {
        try {
            return json == null ? null : MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read stored JSON", e);
        }
    }
}
