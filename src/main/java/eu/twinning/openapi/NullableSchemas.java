package eu.twinning.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Nullable values as OpenAPI 3.0.3 defines them, in the forms that survive SmallRye's 3.0 writer
 * and that validators, linters and client generators all read alike (each was checked with
 * swagger-request-validator, Spectral and openapi-generator).
 */
final class NullableSchemas {

    private NullableSchemas() {
    }

    /** Rewrites SmallRye's model of a nullable value, anyOf: [the value's schema, {type: null}], the 3.1 idiom. */
    static void as30(Schema schema, Map<String, Schema> schemas) {
        SchemaRules.visit(schema, s -> {
            List<Schema> anyOf = s.getAnyOf();
            if (anyOf != null && anyOf.size() == 2 && anyOf.stream().anyMatch(NullableSchemas::isNullOnly)) {
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
     * beside it. In the MicroProfile 4 model a nullable value is a type list with null in it, which
     * SmallRye's 3.0 writer writes as the type and "nullable: true". A reference therefore becomes
     * "oneOf: [the reference, {type: its type, nullable: true, enum: [null]}]" ({@link NullBranches}
     * types the second branch), which admits null and nothing else, and which validators, linters
     * and generators read as "that schema, or null" (SmallRye would fold an anyOf into "allOf +
     * nullable", which does not admit null in 3.0.3).
     * An enumeration admits null itself (PartnerRole, the one that is ever empty). LocalizedText, a
     * string or an object, has a nullable twin.
     */
    static void nullable(Schema s, Map<String, Schema> schemas) {
        String ref = s.getRef();
        Schema target = ref == null ? null : schemas.get(ref.substring(SchemaRules.REF_PREFIX.length()));
        if (ref != null && ref.equals(SchemaRules.REF_PREFIX + "LocalizedText")) {
            s.setRef(SchemaRules.REF_PREFIX + "OptionalLocalizedText");
        } else if (SchemaRules.dateTimeFormat(s) != null) {
            SchemaRules.dateTime(s, SchemaRules.dateTimeFormat(s), List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL));
        } else if (enumeration(target)) {
            // An enumeration takes null among its values instead, so that generators keep one type for it.
            if (!target.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(target.getEnumeration());
                values.add(null);
                target.setEnumeration(values);
                withNull(target);
            }
            s.setType(null);
        } else if (ref != null) {
            s.setRef(null);
            s.setType(null);
            // NullBranches writes the null branch with its type.
            s.setOneOf(List.of(OASFactory.createSchema().ref(ref),
                    OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        } else {
            withNull(s);
        }
    }

    /** Adds null to a typed schema's types: SmallRye writes that as "nullable: true" in 3.0. */
    private static void withNull(Schema s) {
        if (s.getType() == null || s.getType().isEmpty()) {
            throw new IllegalStateException("A nullable schema needs a type beside nullable: " + s);
        }
        if (!s.getType().contains(Schema.SchemaType.NULL)) {
            s.addType(Schema.SchemaType.NULL);
        }
    }
}
