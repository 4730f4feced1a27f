package eu.twinning.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import eu.twinning.http.Params;
import eu.twinning.http.RequestLimits;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.paging.PageRequest;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Replaces the parameters every operation shares (paging, language, If-Match) with references to
 * their one definition in META-INF/openapi.yaml, matched by name and location. Client generators
 * then produce one type per parameter, and the spec says each rule once. Their bounds come from
 * the code that checks them, so that the two cannot drift: paging from PageRequest, lang from
 * LanguageResolver, q from Params; and a header parameter, shared or not, is never longer than all
 * request headers together may be (RequestLimits answers 431 beyond).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 200)
public class SharedParameters implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Parameter> shared = openAPI.getComponents().getParameters();
        bound(shared);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> share(operation, shared)));
    }

    private static void bound(Map<String, Parameter> shared) {
        shared.get("Page").getSchema().minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(PageRequest.MAX_PAGE))
                .defaultValue(0);
        shared.get("Size").getSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
                .defaultValue(PageRequest.DEFAULT_SIZE);
        shared.get("Lang").getSchema().pattern(LanguageResolver.TAG_OR_ALL).maxLength(LanguageResolver.MAX_TAG_LENGTH);
        shared.get("Query").getSchema().minLength(Params.MIN_QUERY).maxLength(Params.MAX_QUERY);
        shared.values().forEach(SharedParameters::boundHeader);
    }

    static void boundHeader(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.HEADER && parameter.getSchema() != null
                && parameter.getSchema().getMaxLength() == null) {
            parameter.getSchema().maxLength(RequestLimits.MAX_HEADERS);
        }
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
                boundHeader(replacement);
                parameters.add(replacement);
            }
        }
        operation.setParameters(parameters);
    }
}
