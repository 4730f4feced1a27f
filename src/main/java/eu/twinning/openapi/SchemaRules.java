package eu.twinning.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Makes the schemas say exactly what the server reads and writes, where annotations cannot:
 * <ul>
 * <li>dates and times are plain strings with a format, not components named after Java classes
 * (generators would turn "LocalDate" into a class of its own);</li>
 * <li>a nullable value is written as OpenAPI 3.0.3 defines it ({@link NullableSchemas});</li>
 * <li>a body schema (*Input) refuses unknown properties, as the server does; its optional
 * properties may be null; and it lists, read-only, the fields of the matching read that the
 * server ignores, so that a read with lang=* can be sent back as it is;</li>
 * <li>a schema only ever written by the server lists every property as required: each is always
 * present, null where unknown (those are marked nullable).</li>
 * </ul>
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 300)
public class SchemaRules implements OASFilter {

    /* LocalTime has no format: the API writes "09:30", not RFC 3339's full-time; its fields carry a pattern. */
    private static final Map<String, String> DATE_TIME_FORMATS = Map.of("LocalDate", "date", "Instant", "date-time",
            "LocalTime", "");
    static final String REF_PREFIX = "#/components/schemas/";
    /** HH:mm (ProgrammeItemInput's @JsonFormat). */
    private static final int TIME_LENGTH = 5;
    private static final String INPUT = "Input";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        schemas.values().forEach(schema -> NullableSchemas.as30(schema, schemas));
        schemas.values().forEach(SchemaRules::inlineDateTimes);
        DATE_TIME_FORMATS.keySet().forEach(openAPI.getComponents()::removeSchema);
        schemas.values().stream().filter(schema -> schema.getOneOf() != null && schema.getProperties() == null)
                .forEach(schema -> schema.setType(null));
        schemas.values().forEach(SchemaRules::bareReferences);
        NullBranches.type(schemas);
        Set<String> written = new HashSet<>();
        Set<String> read = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() != null) {
                reachable(op.getRequestBody().getContent(), schemas, written);
            }
            op.getResponses().getAPIResponses().values().forEach(r -> reachable(r.getContent(), schemas, read));
        }));
        openAPI.getComponents().getResponses().values().forEach(r -> reachable(r.getContent(), schemas, read));
        schemas.forEach((name, schema) -> {
            if (name.endsWith(INPUT)) {
                strictInput(schema, schemas.get(name.substring(0, name.length() - INPUT.length())), schemas);
            } else if (read.contains(name) && !written.contains(name) && schema.getProperties() != null
                    && schema.getRequired() == null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    private static void strictInput(Schema input, Schema read, Map<String, Schema> schemas) {
        input.additionalPropertiesBoolean(false);
        List<String> required = input.getRequired() == null ? List.of() : input.getRequired();
        input.getProperties().forEach((name, property) -> {
            if (!required.contains(name)) {
                NullableSchemas.nullable(property, schemas);
            }
        });
        if (read != null && read.getProperties() != null) {
            read.getProperties().forEach((name, property) -> {
                if (!input.getProperties().containsKey(name)) {
                    input.addProperty(name, OASFactory.createSchema().readOnly(true)
                            .description("Read-only: a value sent along from a read is ignored"));
                }
            });
        }
    }

    /**
     * A reference with only its target's type beside it says no more than the reference; SmallRye
     * would write it as "type: object, allOf: [{$ref}]", which generators turn into a type of its own.
     */
    private static void bareReferences(Schema schema) {
        visit(schema, s -> {
            if (s.getRef() != null && s.getDescription() == null && s.getExample() == null) {
                s.setType(null);
            }
        });
    }

    /** Replaces references to the java.time schemas by a string with their format. */
    private static void inlineDateTimes(Schema schema) {
        visit(schema, s -> {
            String format = dateTimeFormat(s);
            if (format != null) {
                dateTime(s, format, List.of(Schema.SchemaType.STRING));
            }
        });
    }

    /**
     * A date, date-time or time as the string the API reads and writes: its format (SchemaBounds
     * gives each format its length), or for a time, which has none, the length of "09:30".
     */
    static void dateTime(Schema s, String format, List<Schema.SchemaType> types) {
        s.setRef(null);
        s.setType(new ArrayList<>(types));
        s.setFormat(format.isEmpty() ? null : format);
        if (format.isEmpty()) {
            s.setMaxLength(TIME_LENGTH);
        }
    }

    static String dateTimeFormat(Schema schema) {
        String ref = schema.getRef();
        return ref == null ? null : DATE_TIME_FORMATS.get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** Adds the names of the component schemas that this content reaches, directly or through others. */
    private static void reachable(Content content, Map<String, Schema> schemas, Set<String> names) {
        if (content != null) {
            content.getMediaTypes().values().forEach(media -> reachable(media.getSchema(), schemas, names));
        }
    }

    private static void reachable(Schema schema, Map<String, Schema> schemas, Set<String> names) {
        visit(schema, s -> {
            if (s.getRef() != null && s.getRef().startsWith(REF_PREFIX)) {
                String name = s.getRef().substring(REF_PREFIX.length());
                if (names.add(name) && schemas.containsKey(name)) {
                    reachable(schemas.get(name), schemas, names);
                }
            }
        });
    }

    static void visit(Schema schema, Consumer<Schema> action) {
        if (schema == null) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> visit(p, action));
        }
        visit(schema.getItems(), action);
        visit(schema.getAdditionalPropertiesSchema(), action);
        for (List<Schema> list : new ArrayList<>(java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(),
                schema.getAnyOf()))) {
            if (list != null) {
                list.forEach(s -> visit(s, action));
            }
        }
    }
}
