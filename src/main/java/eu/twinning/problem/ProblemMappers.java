package eu.twinning.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every exception into an RFC 9457 problem; no stack trace or class name ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer realm=\"twinning\"";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper({ ConstraintViolationException.class, ResteasyReactiveViolationException.class })
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(ProblemException.invalid(errors).toProblem(path(uri)));
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        // A problem raised while the body was read (the size limit) arrives wrapped by Jackson.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
        }
        return respond(JsonProblems.describe(e).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request failed";
        Problem problem = new Problem(ProblemTypes.BLANK, title, status, describe(status, e), path(uri), null);
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401,
                "This operation needs the header 'Authorization: Bearer <token>' with a valid token",
                path(uri), null);
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "Your token does not allow this operation", path(uri), null));
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return respond(ProblemException.conflict("The resource was changed by another request; read it again and retry")
                .toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response uniqueViolation(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        // Services check references and uniqueness first; this answers the race between two writers.
        return respond(ProblemException.conflict("The request conflicts with existing data").toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        if (poolExhausted(e)) {
            LOG.warn("No database connection free in time on " + path(uri));
            return unavailable(1, "The server is busy: no database connection became free in time; retry shortly",
                    uri);
        }
        if (databaseUnreachable(e)) {
            LOG.warn("Database unreachable on " + path(uri) + ": " + e.getMessage());
            return unavailable(5, "The database cannot be reached; retry shortly", uri);
        }
        LOG.error("Unexpected error on " + path(uri), e);
        return respond(new Problem(ProblemTypes.INTERNAL, "Internal Server Error", 500,
                "The server failed to answer this request; the error is logged", path(uri), null));
    }

    private static Response unavailable(int retryAfter, String detail, UriInfo uri) {
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", retryAfter)
                .entity(new Problem(ProblemTypes.UNAVAILABLE, "Service Unavailable", 503, detail, path(uri), null))
                .build();
    }

    private static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pool had no connection to give within its acquisition timeout: load, not a fault. Agroal
     * says so in a plain SQLException ("Sorry, acquisition timeout!", or one caused by a
     * TimeoutException); PoolExhaustionTest fails if a new Agroal words it otherwise.
     */
    private static boolean poolExhausted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql
                    && (sql.getCause() instanceof java.util.concurrent.TimeoutException
                            || String.valueOf(sql.getMessage()).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String describe(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This path does not accept this HTTP method";
            case 406 -> "The Accept header allows none of the media types this resource answers with "
                    + "(application/json, and others where openapi.yaml lists them)";
            case 415 -> "Request bodies must be application/json";
            default -> e.getMessage() == null ? "The request cannot be answered" : e.getMessage();
        };
    }

    /** "create.input.name.en" -> "name.en": the path a client sent, without Java method and parameter names. */
    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        if (parts.length == 3) {
            return parts[2];
        }
        return parts.length == 2 ? parts[1] : path;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
