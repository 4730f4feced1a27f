package eu.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: its sources are in docs/sources, nothing points outside it, and the
 * relative links of its Markdown files lead to files that exist.
 */
class RepositoryDocsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    /** Applied migrations keep their bytes (Flyway checksums), comments included. */
    private static final Pattern APPLIED_MIGRATION = Pattern.compile("src/main/resources/db/migration/V[1-6]__.*\\.sql");
    private static final List<String> OUTSIDE = List.of("../" + "shared", "DOMAIN" + ".md", "/work" + "/");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void theSourcesAreInTheRepository() {
        assertThat(ROOT.resolve("docs/sources/FACTS.md")).isRegularFile();
        assertThat(ROOT.resolve("docs/sources/daugavpils-announcement.lv.txt")).content(StandardCharsets.UTF_8)
                .contains("Projektā ir iesaistīti 6 partneri no 6 valstīm");
        assertThat(ROOT.resolve("docs/sources/daugavpils-report.lv.txt")).content(StandardCharsets.UTF_8)
                .contains("Raškas pilsēta Serbijā noslēdza Memorandu par sadarbību ar Daugavpils pilsētu Latvijā");
    }

    @Test
    void nothingRefersToFilesOutsideTheRepository() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files()) {
            String relative = ROOT.relativize(file).toString();
            if (APPLIED_MIGRATION.matcher(relative).matches() || file.getFileName().toString().equals("RepositoryDocsTest.java")) {
                continue;
            }
            String text = read(file);
            for (String outside : OUTSIDE) {
                if (text != null && text.contains(outside)) {
                    found.add(relative + ": " + outside);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void relativeLinksOfTheDocsLeadToFiles() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : files()) {
            if (!file.toString().endsWith(".md")) {
                continue;
            }
            Matcher link = LINK.matcher(read(file));
            while (link.find()) {
                String target = link.group(1);
                if (!target.matches("^[a-z]+:.*") && !Files.exists(file.getParent().resolve(target))) {
                    broken.add(ROOT.relativize(file) + ": " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(ROOT)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(ROOT.relativize(p).toString().split("/"))
                            .noneMatch(part -> part.equals("target") || part.equals(".git") || part.equals("node_modules")
                                    || part.equals("data")))
                    .toList();
        }
    }

    /** The text of a file, or null for a binary one. */
    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return null;
        }
    }
}
