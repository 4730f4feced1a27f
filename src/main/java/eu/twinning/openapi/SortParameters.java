package eu.twinning.openapi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import eu.twinning.paging.SortKeys;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents each list's sort parameter with the keys it allows. A list operation carries its
 * resource's sort-key declaration ({@link SortKeys}, the one the resource sorts by) in the
 * extension x-sort-keys; this turns it into a comma-separated array of enumerated values (name,
 * -name, ...), which validators check and generators type, with as many items at most as there
 * are keys (the server refuses a key given twice).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 200)
public class SortParameters implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            Object keys = operation.getExtensions() == null ? null : operation.getExtensions().get(SortKeys.EXTENSION);
            if (keys != null) {
                operation.removeExtension(SortKeys.EXTENSION);
                document(operation, SortKeys.parse(keys.toString()));
            }
        }));
    }

    private static void document(Operation operation, SortKeys keys) {
        List<Object> values = new ArrayList<>();
        for (String name : keys.names()) {
            values.add(name);
            values.add("-" + name);
        }
        Parameter sort = operation.getParameters().stream().filter(p -> "sort".equals(p.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException(operation.getOperationId() + " has no sort parameter"));
        sort.description("Sort keys, comma-separated, each ascending or, prefixed with -, descending; ties are "
                + "broken by creation order. Default: " + keys.defaultSort() + ".")
                .style(Parameter.Style.FORM)
                .explode(false)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).uniqueItems(true)
                        .maxItems(keys.keys().size())
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(values)))
                .example(List.of(keys.defaultSort()));
    }
}
