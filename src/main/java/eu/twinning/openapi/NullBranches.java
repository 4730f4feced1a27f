package eu.twinning.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Writes the null branch of "this schema, or null" as {type: T, nullable: true, enum: [null]},
 * T being the type of the branch before it (its reference's target's type). OpenAPI 3.0.3 says
 * nullable only with a type beside it, and swagger-parser (under swagger-request-validator) drops
 * the null of an untyped enum: [null], whose branch then admits nothing. This runs when the spec
 * is built and again when the server starts: SmallRye reads the built document back before
 * serving it, and its reader turns any enum: [null] into an untyped null.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BOTH, priority = 0)
public class NullBranches implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        type(openAPI.getComponents().getSchemas());
    }

    static void type(Map<String, Schema> schemas) {
        schemas.values().forEach(schema -> SchemaRules.visit(schema, s -> {
            List<Schema> branches = s.getOneOf();
            if (branches == null || branches.size() < 2) {
                return;
            }
            for (int i = 1; i < branches.size(); i++) {
                if (isNullOnly(branches.get(i))) {
                    Schema.SchemaType type = typeOf(branches.get(i - 1), schemas);
                    branches.get(i).setType(new ArrayList<>(List.of(type, Schema.SchemaType.NULL)));
                    List<Object> onlyNull = new ArrayList<>();
                    onlyNull.add(null);
                    branches.get(i).setEnumeration(onlyNull);
                }
            }
        }));
    }

    /** Null and nothing else: SmallRye's model of enum: [null] (a type list of nulls only), typed or not. */
    static boolean isNullOnly(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        boolean nullTypes = types != null && !types.isEmpty() && types.stream().allMatch(Schema.SchemaType.NULL::equals);
        return schema.getRef() == null && (nullTypes || onlyNull(schema.getEnumeration()));
    }

    private static boolean onlyNull(List<Object> values) {
        return values != null && values.size() == 1 && values.get(0) == null;
    }

    private static Schema.SchemaType typeOf(Schema branch, Map<String, Schema> schemas) {
        Schema target = branch.getRef() == null ? branch
                : schemas.get(branch.getRef().substring(SchemaRules.REF_PREFIX.length()));
        return target == null || target.getType() == null ? Schema.SchemaType.OBJECT
                : target.getType().stream().filter(t -> t != Schema.SchemaType.NULL).findFirst()
                        .orElse(Schema.SchemaType.OBJECT);
    }
}
