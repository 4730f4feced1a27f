package eu.twinning.link;

import eu.twinning.persistence.JsonColumn;

import java.util.List;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

@Converter
public class LinksColumn extends JsonColumn<List<ExternalLink>> {
    public LinksColumn() {
        super(new TypeReference<>() {
        });
    }
}
