package eu.twinning.openapi;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import io.swagger.v3.oas.models.OpenAPI;

/**
 * Compares a spec with the last released one under semantic versioning: a change that breaks
 * existing clients needs a new major {@code info.version}; any other change needs a version that
 * does not go down.
 *
 * <p>openapi-diff finds the changes and judges most of them. Its judgement is followed, except
 * where it is wrong for this API (see {@link BreakingChanges}): it lets removed optional fields pass, and it
 * refuses a request body that became optional.
 */
final class SpecCompatibility {

    private SpecCompatibility() {
    }

    /**
     * @param breakingChanges what breaks clients, one plain line each (method, path, where, what)
     * @param allowed whether the spec may be committed against the released one
     * @param message what to tell a person: the verdict, the breaking changes and what to do
     * @param accepted the narrowings taken as compatible by name ({@link AcceptedNarrowings}), with their reasons
     * @param unused the reasons of accepted narrowings that matched no change (stale)
     */
    record Verdict(String releasedVersion, String currentVersion, List<String> breakingChanges, boolean allowed,
            String message, List<String> accepted, List<String> unused) {
    }

    static Verdict check(String releasedSpec, String currentSpec) {
        return check(releasedSpec, currentSpec, List.of());
    }

    static Verdict check(String releasedSpec, String currentSpec, List<AcceptedNarrowings.Accepted> acceptances) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(releasedSpec, currentSpec);
        OpenAPI released = diff.getOldSpecOpenApi();
        OpenAPI current = diff.getNewSpecOpenApi();
        String releasedText = released.getInfo().getVersion();
        String currentText = current.getInfo().getVersion();
        Version from = Version.parse(releasedText);
        Version to = Version.parse(currentText);

        // Across OpenAPI 3.0 and 3.1 openapi-diff reports every typed schema as changed ("type object ->
        // object"): a verdict on such a pair would be noise, so ask for documents of the same format.
        if (!formatOf(released).equals(formatOf(current))) {
            return new Verdict(releasedText, currentText, List.of(), false, String.format(
                    "The spec is OpenAPI %s but the released spec is OpenAPI %s: they cannot be compared reliably."
                            + "%nWrite both in the same OpenAPI version (regenerate the spec, or convert the released copy"
                            + " without changing its content).",
                    current.getOpenapi(), released.getOpenapi()), List.of(), List.of());
        }
        if (to.compareTo(from) < 0) {
            return new Verdict(releasedText, currentText, List.of(), false, String.format(
                    "The spec's version %s is lower than the released version %s: versions only go up.%n"
                            + "Set quarkus.smallrye-openapi.info-version to %s or higher (%s if clients must change),"
                            + " then regenerate openapi.yaml.",
                    currentText, releasedText, releasedText, from.nextMajor()), List.of(), List.of());
        }

        List<String> all = new BreakingChanges().list(diff);
        List<String> accepted = all.stream().filter(line -> acceptances.stream().anyMatch(a -> a.covers(line)))
                .toList();
        List<String> breaking = all.stream().filter(line -> !accepted.contains(line)).toList();
        List<String> unused = acceptances.stream().filter(a -> all.stream().noneMatch(a::covers))
                .map(AcceptedNarrowings.Accepted::reason).toList();
        String acceptedText = acceptances.stream().filter(a -> all.stream().anyMatch(a::covers))
                .map(a -> String.format("%n  - %s (%d change(s), e.g. %s)", a.reason(),
                        all.stream().filter(a::covers).count(), all.stream().filter(a::covers).findFirst().orElseThrow()))
                .collect(Collectors.joining());
        if (breaking.isEmpty() && !accepted.isEmpty() && to.compareTo(from.nextMinor()) < 0) {
            return new Verdict(releasedText, currentText, breaking, false, String.format(
                    "%d narrowing(s) accepted as compatible (AcceptedNarrowings) change what the server refuses:"
                            + " that needs at least a new minor version, %s, not %s.%s",
                    accepted.size(), from.nextMinor(), currentText, acceptedText), accepted, unused);
        }
        if (breaking.isEmpty()) {
            return new Verdict(releasedText, currentText, breaking, true, String.format(
                    "No breaking changes compared with the released spec %s (spec version %s).%s",
                    releasedText, currentText, accepted.isEmpty() ? ""
                            : String.format("%n%d narrowing(s) accepted as compatible (AcceptedNarrowings):%s",
                                    accepted.size(), acceptedText)), accepted, unused);
        }
        String list = breaking.stream().map(line -> "  - " + line).collect(Collectors.joining("\n"));
        if (to.major() > from.major()) {
            return new Verdict(releasedText, currentText, breaking, true, String.format(
                    "%d breaking change(s) compared with the released spec %s, allowed by the new major version %s:%n%s",
                    breaking.size(), releasedText, currentText, list), accepted, unused);
        }
        return new Verdict(releasedText, currentText, breaking, false, String.format(
                "The spec (version %s) has %d breaking change(s) compared with the released spec %s,"
                        + " but keeps major version %d:%n%s%n%n"
                        + "Either revert them, or make them compatible: keep paths, operations, fields and accepted"
                        + " enum values; make new request fields and parameters optional; publish no bound on a request"
                        + " that refuses what the server used to accept (a bound the server already enforced may be"
                        + " accepted in AcceptedNarrowings, with its reason).%n"
                        + "Or, if clients must change, release a new major version: set"
                        + " quarkus.smallrye-openapi.info-version=%s in src/main/resources/application.properties"
                        + " and regenerate openapi.yaml.%n%n"
                        + "Every change, as openapi-diff describes it (its own verdict misses removed optional fields):%n%s",
                currentText, breaking.size(), releasedText, from.major(), list, from.nextMajor(), changeLog(diff)),
                accepted, unused);
    }

    private static String formatOf(OpenAPI spec) {
        String version = String.valueOf(spec.getOpenapi());
        return version.replaceFirst("^(\\d+\\.\\d+).*", "$1");
    }

    /** openapi-diff's Markdown report, which names every change, compatible or not; blank lines dropped. */
    private static String changeLog(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new MarkdownRender().render(diff, new OutputStreamWriter(bytes, StandardCharsets.UTF_8)); // closes it
        } catch (RuntimeException e) {
            // openapi-diff 2.1.6's renderer fails on some schema changes; the lines above still name each one.
            return "(openapi-diff could not render its report: " + e + ")";
        }
        return bytes.toString(StandardCharsets.UTF_8).replaceAll("(?m)^\\s*\\n", "");
    }

    /** MAJOR.MINOR.PATCH, with any pre-release or build suffix ignored. */
    record Version(int major, int minor, int patch) implements Comparable<Version> {
        private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)([-+].*)?");

        static Version parse(String text) {
            Matcher m = SEMVER.matcher(text == null ? "" : text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("info.version must be MAJOR.MINOR.PATCH, not '" + text + "'");
            }
            return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }

        String nextMajor() {
            return (major + 1) + ".0.0";
        }

        Version nextMinor() {
            return new Version(major, minor + 1, 0);
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + patch;
        }

        @Override
        public int compareTo(Version other) {
            int byMajor = Integer.compare(major, other.major);
            if (byMajor != 0) {
                return byMajor;
            }
            int byMinor = Integer.compare(minor, other.minor);
            return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
        }
    }
}
