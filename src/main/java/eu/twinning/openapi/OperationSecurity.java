package eu.twinning.openapi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * States each operation's security from the code that enforces it. A resource method (or class)
 * with {@code @RolesAllowed} or {@code @Authenticated} needs the bearer token; any other operation
 * is public, and says so with the one requirement that needs nothing ({@code security: [{}]}), so
 * that linters and generated clients read "anonymous" rather than "not stated". A read that shows
 * more with a token declares {@code [{}, {bearer: []}]} itself. A spec that contradicts the code
 * (a token required where none is checked, or anonymous access where one is) fails the build.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 150)
public class OperationSecurity implements OASFilter {

    private static final DotName OPERATION = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.Operation");
    private static final List<DotName> RESTRICTED = List.of(
            DotName.createSimple("jakarta.annotation.security.RolesAllowed"),
            DotName.createSimple("io.quarkus.security.Authenticated"));
    private static final DotName PERMIT_ALL = DotName.createSimple("jakarta.annotation.security.PermitAll");
    static final String SCHEME = "bearer";

    private final IndexView index;

    public OperationSecurity(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> secure(method + " " + path, operation)));
    }

    private void secure(String where, Operation operation) {
        MethodInfo method = methodOf(operation.getOperationId());
        boolean restricted = method == null ? isSecured(operation) : restricted(method);
        List<SecurityRequirement> security = operation.getSecurity();
        boolean anonymous = security != null && security.stream().anyMatch(r -> r.getSchemes().isEmpty());
        boolean bearer = security != null && security.stream().anyMatch(r -> r.hasScheme(SCHEME));
        if (restricted && anonymous || !restricted && bearer && !anonymous) {
            throw new IllegalStateException(where + ": the spec's security " + security + " contradicts the code, which "
                    + (restricted ? "requires a token" : "lets anyone in"));
        }
        if (security == null || security.isEmpty()) {
            operation.setSecurity(new ArrayList<>(List.of(restricted
                    ? OASFactory.createSecurityRequirement().addScheme(SCHEME)
                    : OASFactory.createSecurityRequirement())));
        }
    }

    private MethodInfo methodOf(String operationId) {
        for (AnnotationInstance annotation : index.getAnnotations(OPERATION)) {
            if (annotation.target().kind() == AnnotationTarget.Kind.METHOD && annotation.value("operationId") != null
                    && annotation.value("operationId").asString().equals(operationId)) {
                return annotation.target().asMethod();
            }
        }
        return null;
    }

    private static boolean restricted(MethodInfo method) {
        if (method.hasDeclaredAnnotation(PERMIT_ALL)) {
            return false;
        }
        return RESTRICTED.stream().anyMatch(name -> method.hasDeclaredAnnotation(name)
                || method.declaringClass().hasDeclaredAnnotation(name));
    }

    /** Without the method (an operation not written in Java), what the spec already says. */
    private static boolean isSecured(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .noneMatch(r -> r.getSchemes().isEmpty()) && !operation.getSecurity().isEmpty();
    }
}
