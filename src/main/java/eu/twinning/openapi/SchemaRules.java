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
import io.smallrye.openapi.internal.models.media.SchemaSupport;

/**
 * Makes the schemas say exactly what the server reads and writes, where annotations cannot:
 * <ul>
 * <li>dates and times are plain strings with a format, not components named after Java classes
 * (generators would turn "LocalDate" into a class of its own);</li>
 * <li>a nullable value is written as OpenAPI 3.0.3 defines it (see {@link #nullable}), where
 * SmallRye models the 3.1 idiom "anyOf: [the schema, {type: null}]";</li>
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
    private static final String REF_PREFIX = "#/components/schemas/";
    private static final String INPUT = "Input";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        schemas.values().forEach(schema -> nullableAs30(schema, schemas));
        schemas.values().forEach(SchemaRules::inlineDateTimes);
        DATE_TIME_FORMATS.keySet().forEach(openAPI.getComponents()::removeSchema);
        schemas.values().stream().filter(schema -> schema.getOneOf() != null && schema.getProperties() == null)
                .forEach(schema -> schema.setType(null));
        schemas.values().forEach(SchemaRules::bareReferences);
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
                nullable(property, schemas);
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

    /** SmallRye models a nullable value as anyOf: [the value's schema, {type: null}], the 3.1 way. */
    private static void nullableAs30(Schema schema, Map<String, Schema> schemas) {
        visit(schema, s -> {
            List<Schema> anyOf = s.getAnyOf();
            if (anyOf != null && anyOf.size() == 2 && anyOf.stream().anyMatch(SchemaRules::isNullOnly)) {
                Schema value = anyOf.stream().filter(a -> !isNullOnly(a)).findFirst().orElseThrow();
                s.setAnyOf(null);
                s.setRef(value.getRef());
                s.setType(value.getType());
                s.setFormat(value.getFormat());
                nullable(s, schemas);
            }
        });
    }

    private static boolean enumeration(Schema schema) {
        return schema != null && schema.getEnumeration() != null;
    }

    private static boolean isNullOnly(Schema schema) {
        return List.of(Schema.SchemaType.NULL).equals(schema.getType());
    }

    /**
     * Makes a schema nullable as OpenAPI 3.0.3 defines it: nullable: true widens only the type
     * beside it. A reference therefore becomes "oneOf: [the reference, {enum: [null]}]", which
     * linters and client generators read as "that schema, or null" (SmallRye would fold an anyOf
     * into "allOf + nullable", which does not admit null in 3.0.3). An enumeration admits null
     * itself (PartnerRole, the one that is ever empty). LocalizedText, a string or an object, has a
     * nullable twin.
     */
    private static void nullable(Schema s, Map<String, Schema> schemas) {
        String ref = s.getRef();
        if (ref != null && ref.equals(REF_PREFIX + "LocalizedText")) {
            s.setRef(REF_PREFIX + "OptionalLocalizedText");
        } else if (dateTimeFormat(s) != null) {
            String format = dateTimeFormat(s);
            s.setRef(null);
            s.setType(new ArrayList<>(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL)));
            s.setFormat(format.isEmpty() ? null : format);
        } else if (ref != null && enumeration(schemas.get(ref.substring(REF_PREFIX.length())))) {
            // An enumeration takes null among its values instead, so that generators keep one type for it.
            Schema target = schemas.get(ref.substring(REF_PREFIX.length()));
            if (!target.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(target.getEnumeration());
                values.add(null);
                target.setEnumeration(values);
                SchemaSupport.setNullable(target, true);
            }
            SchemaSupport.setNullable(s, null);
            s.setType(null);
        } else if (ref != null) {
            s.setRef(null);
            s.setType(null);
            // SmallRye writes a schema of type null as 3.0's "enum: [null]".
            s.setOneOf(List.of(OASFactory.createSchema().ref(ref),
                    OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        } else {
            // SmallRye's own way to say nullable in its model; it writes nullable: true for 3.0.
            SchemaSupport.setNullable(s, true);
        }
    }

    /**
     * A reference with only its target's type beside it says no more than the reference; SmallRye
     * would write it as "type: object, allOf: [{$ref}]", which generators turn into a type of its own.
     */
    private static void bareReferences(Schema schema) {
        visit(schema, s -> {
            if (s.getRef() != null && s.getDescription() == null && s.getExample() == null
                    && !Boolean.TRUE.equals(SchemaSupport.getNullable(s))) {
                s.setType(null);
            }
            if (s.getAllOf() != null && s.getAllOf().size() == 1 && s.getAllOf().get(0).getRef() != null
                    && s.getDescription() == null && s.getExample() == null && s.getProperties() == null
                    && !Boolean.TRUE.equals(SchemaSupport.getNullable(s))) {
                s.setRef(s.getAllOf().get(0).getRef());
                s.setAllOf(null);
                s.setType(null);
            }
        });
    }

    /** Replaces references to the java.time schemas (also inside a one-element allOf) by their format. */
    private static void inlineDateTimes(Schema schema) {
        visit(schema, s -> {
            String format = dateTimeFormat(s);
            if (format == null && s.getAllOf() != null && s.getAllOf().size() == 1) {
                format = dateTimeFormat(s.getAllOf().get(0));
                if (format != null) {
                    s.setAllOf(null);
                }
            }
            if (format != null) {
                boolean nullable = Boolean.TRUE.equals(SchemaSupport.getNullable(s));
                s.setRef(null);
                s.setType(List.of(Schema.SchemaType.STRING));
                s.setFormat(format.isEmpty() ? null : format);
                if (nullable) {
                    SchemaSupport.setNullable(s, true);
                }
            }
        });
    }

    private static String dateTimeFormat(Schema schema) {
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

    private static void visit(Schema schema, Consumer<Schema> action) {
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
