package eu.twinning.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents each list's sort parameter with the keys it allows. A list operation names them in
 * the extension x-sort-keys, default first with its direction ("-createdAt,submittedAt"); this
 * turns them into a comma-separated array of enumerated values (name, -name, ...), which
 * validators check and generators type.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 200)
public class SortParameters implements OASFilter {

    static final String EXTENSION = "x-sort-keys";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            Object keys = operation.getExtensions() == null ? null : operation.getExtensions().get(EXTENSION);
            if (keys != null) {
                operation.removeExtension(EXTENSION);
                document(operation, Arrays.asList(keys.toString().split(",")));
            }
        }));
    }

    private static void document(Operation operation, List<String> keys) {
        List<Object> values = new ArrayList<>();
        for (String key : keys) {
            String name = key.replaceFirst("^-", "");
            values.add(name);
            values.add("-" + name);
        }
        Parameter sort = operation.getParameters().stream().filter(p -> "sort".equals(p.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException(operation.getOperationId() + " has no sort parameter"));
        sort.description("Sort keys, comma-separated, each ascending or, prefixed with -, descending; ties are "
                + "broken by creation order. Default: " + keys.get(0) + ".")
                .style(Parameter.Style.FORM)
                .explode(false)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).uniqueItems(true)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(values)))
                .example(List.of(keys.get(0)));
    }
}
