package eu.twinning.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import eu.twinning.http.IsoDates;
import eu.twinning.i18n.Translations;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Publishes the bounds the server keeps, from the declarations that keep them, where SmallRye's
 * reading of Bean Validation does not reach:
 * <ul>
 * <li>a text by language (TextByLanguage, and the string of LocalizedText) is at most as long as
 * the longest {@code @Translations(max)} of any field (each field is checked against its own),
 * in at most {@link Translations#MAX_LANGUAGES} languages;</li>
 * <li>a field of a read has the bounds of the same field of its body (Partner from PartnerInput):
 * the server stores only what a body may hold;</li>
 * <li>a date or date-time, wherever it is, is as long as IsoDates reads it at most;</li>
 * <li>an integer that still has no bound has its format's: the server's type holds no more.</li>
 * </ul>
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 250)
public class SchemaBounds implements OASFilter {

    private static final DotName TRANSLATIONS = DotName.createSimple(Translations.class.getName());
    private static final String INPUT = "Input";

    private final IndexView index;

    public SchemaBounds(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        texts(schemas);
        schemas.forEach((name, schema) -> {
            Schema input = schemas.get(name + INPUT);
            if (input != null) {
                copyBounds(input, schema);
            }
        });
        everySchema(openAPI, SchemaBounds::dateLength);
        everySchema(openAPI, SchemaBounds::integerRange);
    }

    private static void dateLength(Schema schema) {
        if (schema.getMaxLength() == null && "date".equals(schema.getFormat())) {
            schema.setMaxLength(IsoDates.DATE_LENGTH);
        } else if (schema.getMaxLength() == null && "date-time".equals(schema.getFormat())) {
            schema.setMaxLength(IsoDates.DATE_TIME_MAX_LENGTH);
        }
    }

    private void texts(Map<String, Schema> schemas) {
        int longest = index.getAnnotations(TRANSLATIONS).stream().map(annotation -> annotation.value("max"))
                .mapToInt(max -> max.asInt()).max()
                .orElseThrow(() -> new IllegalStateException("No @Translations field found in the index"));
        Schema byLanguage = schemas.get("TextByLanguage");
        byLanguage.maxProperties(Translations.MAX_LANGUAGES);
        byLanguage.getProperties().values().forEach(text -> text.maxLength(longest));
        byLanguage.getAdditionalPropertiesSchema().maxLength(longest);
        for (String name : List.of("LocalizedText", "OptionalLocalizedText")) {
            schemas.get(name).getOneOf().stream()
                    .filter(branch -> branch.getType() != null && branch.getType().contains(Schema.SchemaType.STRING))
                    .forEach(text -> text.maxLength(longest));
        }
    }

    /** The upper bounds of a body's field on the same field of the read, where both are plain values. */
    private static void copyBounds(Schema from, Schema to) {
        if (from.getProperties() == null || to.getProperties() == null) {
            return;
        }
        to.getProperties().forEach((name, read) -> {
            Schema written = from.getProperties().get(name);
            if (written != null && sameValueType(written, read)) {
                copyValueBounds(written, read);
            }
        });
    }

    private static void copyValueBounds(Schema from, Schema to) {
        if (to.getMaxLength() == null) {
            to.setMaxLength(from.getMaxLength());
        }
        if (to.getPattern() == null) {
            to.setPattern(from.getPattern());
        }
        if (to.getMaximum() == null) {
            to.setMaximum(from.getMaximum());
        }
        if (to.getMinimum() == null) {
            to.setMinimum(from.getMinimum());
        }
        if (to.getMaxItems() == null) {
            to.setMaxItems(from.getMaxItems());
        }
        if (from.getItems() != null && to.getItems() != null && sameValueType(from.getItems(), to.getItems())) {
            copyValueBounds(from.getItems(), to.getItems());
        }
    }

    /** Both of one type, nullable or not (a body's optional field may be null; the read's may not). */
    private static boolean sameValueType(Schema a, Schema b) {
        List<Schema.SchemaType> types = valueTypes(a);
        return !types.isEmpty() && types.equals(valueTypes(b));
    }

    private static List<Schema.SchemaType> valueTypes(Schema schema) {
        return schema.getType() == null ? List.of()
                : schema.getType().stream().filter(t -> t != Schema.SchemaType.NULL).toList();
    }

    private static void integerRange(Schema schema) {
        if (schema.getType() == null || !schema.getType().contains(Schema.SchemaType.INTEGER)) {
            return;
        }
        boolean int32 = !"int64".equals(schema.getFormat());
        if (schema.getFormat() == null) {
            schema.setFormat("int32");
        }
        if (schema.getMinimum() == null) {
            schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
        }
        if (schema.getMaximum() == null) {
            schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
        }
    }

    /** Every schema of the document: components, parameters, bodies and headers, nested ones included. */
    static void everySchema(OpenAPI openAPI, Consumer<Schema> action) {
        List<Schema> roots = new ArrayList<>(openAPI.getComponents().getSchemas().values());
        openAPI.getComponents().getHeaders().values().forEach(h -> roots.add(h.getSchema()));
        openAPI.getComponents().getParameters().values().forEach(p -> roots.add(p.getSchema()));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> roots.add(p.getSchema()));
            }
            if (op.getRequestBody() != null) {
                schemas(op.getRequestBody().getContent(), roots);
            }
            op.getResponses().getAPIResponses().values().forEach(r -> schemas(r.getContent(), roots));
        }));
        roots.forEach(root -> SchemaRules.visit(root, action));
    }

    private static void schemas(Content content, List<Schema> into) {
        if (content != null) {
            content.getMediaTypes().values().forEach(media -> into.add(media.getSchema()));
        }
    }
}
