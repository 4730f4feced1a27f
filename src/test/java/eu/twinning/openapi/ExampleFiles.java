package eu.twinning.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The example files of the spec (src/main/resources/openapi/examples), as the tests replay and
 * record them. An example is named as its component in the spec: "getPartner.200.raska",
 * "createPartner.request.sofia", "problem.NotFound.no-partner".
 */
final class ExampleFiles {

    static final Path FOLDER = Path.of("src/main/resources/openapi/examples");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEMS = "problems";

    /** One example of an answer, with the request that the server answers with it. */
    record Answer(String name, String status, JsonNode request, ObjectNode example) {
    }

    private final Map<String, ObjectNode> files = new LinkedHashMap<>();

    static ExampleFiles read() {
        ExampleFiles examples = new ExampleFiles();
        try (Stream<Path> paths = Files.list(FOLDER)) {
            for (Path path : paths.sorted().toList()) {
                examples.files.put(path.getFileName().toString().replaceFirst("\\.json$", ""),
                        (ObjectNode) JSON.readTree(path.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    List<String> files() {
        return new ArrayList<>(files.keySet());
    }

    /**
     * The answers of one file: by status for an operation; for the problems files, by the response
     * component, whose status the caller looks up.
     */
    List<Answer> answers(String file) {
        List<Answer> answers = new ArrayList<>();
        boolean problems = file.startsWith(PROBLEMS); // problems.json, problems-after-import.json
        JsonNode byStatus = problems ? files.get(file) : files.get(file).path("responses");
        String prefix = problems ? "problem." : file + ".";
        byStatus.fields().forEachRemaining(status -> status.getValue().fields().forEachRemaining(named -> answers.add(
                new Answer(prefix + status.getKey() + "." + named.getKey(), status.getKey(),
                        named.getValue().get("request"), (ObjectNode) named.getValue()))));
        return answers;
    }

    /** The names of all request-body examples written in full (not "sameAs" another). */
    List<String> requestBodies() {
        List<String> names = new ArrayList<>();
        files.forEach((file, content) -> content.path("request").fields().forEachRemaining(named -> {
            if (!named.getValue().has("sameAs")) {
                names.add(file + ".request." + named.getKey());
            }
        }));
        return names;
    }

    /** The value of the example with this name, or null if there is none. */
    JsonNode value(String name) {
        String[] parts = name.split("\\.", 3);
        if (parts.length < 3 || !files.containsKey(parts[0])) {
            return null;
        }
        JsonNode file = files.get(parts[0]);
        JsonNode group = parts[1].equals("request") ? file.path("request") : file.path("responses").path(parts[1]);
        return group.path(parts[2]).get("value");
    }

    void write() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators)
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        files.forEach((file, content) -> {
            try {
                Files.writeString(FOLDER.resolve(file + ".json"), JSON.writer(printer).writeValueAsString(content) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
