package eu.twinning.openapi;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every API exchange a test makes to the committed openapi.yaml, so the spec cannot drift
 * from the server: a response with an undocumented status, header value, content type or field
 * fails the test that caused it, and so does a success for a request the spec calls invalid.
 * A request the spec calls invalid may be sent on purpose (error tests do); the server must then
 * refuse it with a 4xx, and that refusal must itself be documented.
 */
public final class ContractFilter implements OrderedFilter {

    /** The spec integrators read: the committed file (OpenApiSpecTest keeps it equal to /q/openapi). */
    public static final Path SPEC = Path.of("openapi.yaml");

    private static final List<String> UNKNOWN_ROUTE = List.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private final OpenApiInteractionValidator validator;

    public ContractFilter(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /**
     * Schemas made of others with allOf (an exported item is its read's schema and a version) are
     * merged into one before they are checked: the validator refuses every property a schema does not
     * list, and so would refuse, in each part of an allOf, the properties of the others.
     */
    public static ContractFilter forSpec(Path spec) {
        return new ContractFilter(OpenApiInteractionValidator
                .createForInlineApiSpecification(read(spec)).withResolveCombinators(true).build());
    }

    /** The spec as integrators read it: the validator reads its null branches as they are written. */
    private static String read(Path spec) {
        try {
            return java.nio.file.Files.readString(spec);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + spec, e);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        if (!inContract(requestSpec)) {
            return response;
        }
        Request request = RestAssuredRequest.of(requestSpec);
        String exchange = request.getMethod() + " " + requestSpec.getURI() + " -> " + response.getStatusCode();
        if (request.getMethod() == Request.Method.HEAD) {
            // HEAD is GET without the body (RFC 9110 9.3.2): its route is the GET's, its headers the GET's.
            SimpleRequest.Builder get = SimpleRequest.Builder.get(request.getPath());
            for (String name : request.getQueryParameters()) {
                get.withQueryParam(name, List.copyOf(request.getQueryParameterValues(name)));
            }
            request.getHeaders().forEach((name, values) -> get.withHeader(name, List.copyOf(values)));
            ValidationReport asGet = validator.validateRequest(get.build());
            expect(asGet.getMessages().stream().noneMatch(m -> UNKNOWN_ROUTE.contains(m.getKey())), exchange,
                    "HEAD is answered only where the spec has a GET", asGet);
            return response;
        }
        ValidationReport requestReport = validator.validateRequest(request);
        if (requestReport.getMessages().stream().anyMatch(m -> UNKNOWN_ROUTE.contains(m.getKey()))) {
            // No operation to check against: the server must refuse it, as a problem.
            expect(response.getStatusCode() == 404 || response.getStatusCode() == 405, exchange,
                    "the spec has no such operation, but the server did not answer 404 or 405", requestReport);
            expect(String.valueOf(response.getContentType()).startsWith("application/problem+json"), exchange,
                    "an unknown route must be answered with a problem document", requestReport);
            return response;
        }
        if (requestReport.hasErrors()) {
            expect(response.getStatusCode() >= 400 && response.getStatusCode() < 500, exchange,
                    "the spec says this request is invalid, but the server accepted it", requestReport);
        }
        ValidationReport responseReport = validator.validateResponse(request.getPath(), request.getMethod(),
                RestAssuredResponse.of(response));
        expect(!responseReport.hasErrors(), exchange, "the response is not what openapi.yaml documents",
                responseReport);
        return response;
    }

    /**
     * The API under /api/; not the management endpoints under /q/, not the widget's static files
     * under /embed/ (EmbedFilesTest covers them, a missing one's 404 problem included), and not CORS
     * preflights, which the HTTP layer answers for every path (HttpGuardsTest covers them).
     */
    private static boolean inContract(FilterableRequestSpecification request) {
        String path = URI.create(request.getURI()).getPath();
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeaders().hasHeaderWithName("Access-Control-Request-Method");
        return path.startsWith("/api/") && !preflight;
    }

    private static void expect(boolean condition, String exchange, String what, ValidationReport report) {
        if (!condition) {
            String messages = report.getMessages().stream()
                    .map(m -> "  - [" + m.getKey() + "] " + m.getMessage()
                            + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("Contract broken by " + exchange + ": " + what
                    + (messages.isEmpty() ? "" : "\n" + messages));
        }
    }

    @Override
    public int getOrder() {
        // Innermost, next to the wire: it sees the request as sent and the response as received.
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
