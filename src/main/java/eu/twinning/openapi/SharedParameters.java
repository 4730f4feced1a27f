package eu.twinning.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Replaces the parameters every operation shares (paging, language, If-Match) with references to
 * their one definition in META-INF/openapi.yaml, matched by name and location. Client generators
 * then produce one type per parameter, and the spec says each rule once.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 200)
public class SharedParameters implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Parameter> shared = openAPI.getComponents().getParameters();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> share(operation, shared)));
    }

    private static void share(Operation operation, Map<String, Parameter> shared) {
        if (operation.getParameters() == null) {
            return;
        }
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : operation.getParameters()) {
            Parameter replacement = parameter.getRef() != null ? parameter : shared.entrySet().stream()
                    .filter(e -> e.getValue().getName().equals(parameter.getName())
                            && e.getValue().getIn() == parameter.getIn())
                    .findFirst()
                    .map(e -> OASFactory.createParameter().ref("#/components/parameters/" + e.getKey()))
                    .orElse(parameter);
            if (parameters.stream().noneMatch(p -> p.getRef() != null && p.getRef().equals(replacement.getRef()))) {
                parameters.add(replacement);
            }
        }
        operation.setParameters(parameters);
    }
}
