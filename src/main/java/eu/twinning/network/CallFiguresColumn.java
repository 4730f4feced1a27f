package eu.twinning.network;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import eu.twinning.persistence.JsonColumn;

@Converter
public class CallFiguresColumn extends JsonColumn<CallFigures> {
    public CallFiguresColumn() {
        super(new TypeReference<>() {
        });
    }
}
