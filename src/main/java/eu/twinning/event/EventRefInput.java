package eu.twinning.event;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference to an event in a written body; a read's "title" may come along and is ignored. */
@JsonIgnoreProperties(value = "title")
@Schema(name = "EventRefInput")
public record EventRefInput(@NotNull @Min(1) @Schema(examples = "1") Long id) {
}
