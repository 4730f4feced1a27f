package eu.twinning.i18n;

import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Text in the reader's language (a string), or in every language (an object keyed by language tag). */
/* Its schema, a string or a TextByLanguage object, is written in META-INF/openapi.yaml. */
@Schema(name = "LocalizedText")
public record LocalizedText(@JsonValue @Schema(hidden = true) Object value) {
}
