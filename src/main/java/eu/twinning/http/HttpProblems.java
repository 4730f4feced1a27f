package eu.twinning.http;

import eu.twinning.problem.Problem;
import eu.twinning.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;

/** Answers a problem from a Vert.x route filter, before JAX-RS and its exception mappers. */
final class HttpProblems {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    private HttpProblems() {
    }

    static void send(RoutingContext context, ProblemException problem) {
        try {
            String body = JSON.writeValueAsString(problem.toProblem(context.normalizedPath()));
            context.response().setStatusCode(problem.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(body);
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
