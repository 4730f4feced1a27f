package eu.twinning.persistence;

import java.util.Map;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

/** A per-language text: {"en": "...", "lv": "..."}. */
@Converter
public class TranslationsColumn extends JsonColumn<Map<String, String>> {
    public TranslationsColumn() {
        super(new TypeReference<>() {
        });
    }
}
