package eu.twinning.i18n;

import java.util.HashMap;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schema of a per-language text as written: {"en": "Daugavpils", "lv": "Daugavpils"}. */
/* The schema's description and example are written by OpenApiProblems. */
@Schema(name = "TextByLanguage", type = SchemaType.OBJECT, additionalProperties = String.class)
public class TextByLanguage extends HashMap<String, String> {
}
