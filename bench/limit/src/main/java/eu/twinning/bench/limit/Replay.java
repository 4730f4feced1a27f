package eu.twinning.bench.limit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpServerRequest;

/**
 * Answers every captured request (method, path and query exactly as the API was asked) with the
 * API's captured answer: its status, its Content-Type and its JSON, parsed once at start into a
 * JsonNode and serialized again by Jackson on every request. A PUT body is read into a JsonNode
 * first, as the API reads it. There is no database and no logic: this is the most the HTTP + JSON
 * stack can do for these payloads.
 */
@jakarta.ws.rs.Path("/")
@Singleton
public class Replay {

    /** One captured answer. */
    record Answer(int status, String contentType, JsonNode body) {
    }

    private final Map<String, Answer> answers = new HashMap<>();

    /**
     * Reads index.tsv: one line per answer, METHOD, request target, status, Content-Type and the
     * body's file name, separated by tabs.
     */
    Replay(@ConfigProperty(name = "bench.responses") String directory, ObjectMapper mapper) {
        Path dir = Path.of(directory);
        try {
            List<String> lines = Files.readAllLines(dir.resolve("index.tsv"));
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                JsonNode body = mapper.readTree(dir.resolve(f[4]).toFile());
                answers.put(f[0] + " " + f[1], new Answer(Integer.parseInt(f[2]), f[3], body));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the captured answers in " + dir.toAbsolutePath(), e);
        }
    }

    @GET
    @jakarta.ws.rs.Path("{path: .*}")
    public Response get(@Context HttpServerRequest request) {
        return answer("GET", request);
    }

    @PUT
    @jakarta.ws.rs.Path("{path: .*}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(JsonNode body, @Context HttpServerRequest request) {
        return answer("PUT", request);
    }

    private Response answer(String method, HttpServerRequest request) {
        Answer answer = answers.get(method + " " + request.uri());
        if (answer == null) {
            return Response.status(404).build();
        }
        return Response.status(answer.status()).type(answer.contentType()).entity(answer.body()).build();
    }
}
