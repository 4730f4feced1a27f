package eu.twinning.openapi;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Compares a spec with the last released one under semantic versioning: a change that breaks
 * existing clients needs a new major {@code info.version}; any other change needs a version that
 * does not go down.
 *
 * <p>openapi-diff finds the changes and judges most of them. Its judgement is followed, except
 * where it is wrong for this API (see {@link Walker}): it lets removed optional fields pass, and it
 * refuses a request body that became optional.
 */
final class SpecCompatibility {

    private SpecCompatibility() {
    }

    /**
     * @param breakingChanges what breaks clients, one plain line each (method, path, where, what)
     * @param allowed whether the spec may be committed against the released one
     * @param message what to tell a person: the verdict, the breaking changes and what to do
     */
    record Verdict(String releasedVersion, String currentVersion, List<String> breakingChanges, boolean allowed,
            String message) {
    }

    static Verdict check(String releasedSpec, String currentSpec) {
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
                    current.getOpenapi(), released.getOpenapi()));
        }
        if (to.compareTo(from) < 0) {
            return new Verdict(releasedText, currentText, List.of(), false, String.format(
                    "The spec's version %s is lower than the released version %s: versions only go up.%n"
                            + "Set quarkus.smallrye-openapi.info-version to %s or higher (%s if clients must change),"
                            + " then regenerate openapi.yaml.",
                    currentText, releasedText, releasedText, from.nextMajor()));
        }

        List<String> breaking = new Walker().walk(diff);
        if (breaking.isEmpty()) {
            return new Verdict(releasedText, currentText, breaking, true, String.format(
                    "No breaking changes compared with the released spec %s (spec version %s).",
                    releasedText, currentText));
        }
        String list = breaking.stream().map(line -> "  - " + line).collect(Collectors.joining("\n"));
        if (to.major() > from.major()) {
            return new Verdict(releasedText, currentText, breaking, true, String.format(
                    "%d breaking change(s) compared with the released spec %s, allowed by the new major version %s:%n%s",
                    breaking.size(), releasedText, currentText, list));
        }
        return new Verdict(releasedText, currentText, breaking, false, String.format(
                "The spec (version %s) has %d breaking change(s) compared with the released spec %s,"
                        + " but keeps major version %d:%n%s%n%n"
                        + "Either revert them, or make them compatible: keep paths, operations, fields and accepted"
                        + " enum values; make new request fields and parameters optional.%n"
                        + "Or, if clients must change, release a new major version: set"
                        + " quarkus.smallrye-openapi.info-version=%s in src/main/resources/application.properties"
                        + " and regenerate openapi.yaml.%n%n"
                        + "Every change, as openapi-diff describes it (its own verdict misses removed optional fields):%n%s",
                currentText, breaking.size(), releasedText, from.major(), list, from.nextMajor(), changeLog(diff)));
    }

    private static String formatOf(OpenAPI spec) {
        String version = String.valueOf(spec.getOpenapi());
        return version.replaceFirst("^(\\d+\\.\\d+).*", "$1");
    }

    /** openapi-diff's Markdown report, which names every change, compatible or not; blank lines dropped. */
    private static String changeLog(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new MarkdownRender().render(diff, new OutputStreamWriter(bytes, StandardCharsets.UTF_8)); // closes the writer
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

    /**
     * Turns openapi-diff's tree of changes into plain lines, one per breaking change. It reads the
     * library's verdict node by node ({@code isIncompatible()}), with two corrections for this API:
     * <ul>
     * <li>a removed field breaks clients even when it was optional: a client that reads it from a
     * response gets nothing, and one that sends it in a request gets 400, since bodies are read
     * strictly (StrictJson refuses unknown fields). openapi-diff only objects when the removed field
     * was {@code required} in a response, so this walker reports every removed field itself;</li>
     * <li>openapi-diff refuses any change of a request body's {@code required}; only optional to
     * required breaks clients.</li>
     * </ul>
     */
    private static final class Walker {
        private final Set<String> lines = new LinkedHashSet<>();
        /** The schemas being walked, to stop on recursive schemas. Not all seen ones: openapi-diff shares
         * one node for each use of a $ref in an operation (400 and 404 both return Problem), and each use
         * is a line of its own. */
        private final Set<ChangedSchema> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());

        List<String> walk(ChangedOpenApi diff) {
            for (Endpoint removed : diff.getMissingEndpoints()) {
                lines.add(removed.getMethod() + " " + removed.getPathUrl() + ": removed");
            }
            for (ChangedOperation op : diff.getChangedOperations()) {
                String where = op.getHttpMethod() + " " + op.getPathUrl();
                parameters(op.getParameters(), where);
                requestBody(op.getRequestBody(), where);
                responses(op.getApiResponses(), where);
                other(op.getSecurityRequirements(), where + ", security requirements");
            }
            // Grouped by path, then method, so that one resource's changes read together.
            return lines.stream().sorted(Comparator.comparing((String line) -> line.substring(line.indexOf(' ') + 1)))
                    .collect(Collectors.toList());
        }

        private void parameters(ChangedParameters parameters, String where) {
            if (parameters == null) {
                return;
            }
            for (Parameter removed : parameters.getMissing()) {
                lines.add(where + ": " + name(removed) + " removed");
            }
            for (Parameter added : parameters.getIncreased()) {
                if (Boolean.TRUE.equals(added.getRequired())) {
                    lines.add(where + ": new " + name(added) + " is required");
                }
            }
            for (ChangedParameter changed : parameters.getChanged()) {
                String at = where + ", " + name(changed.getNewParameter());
                if (changed.isChangeRequired() && Boolean.TRUE.equals(changed.getNewParameter().getRequired())) {
                    lines.add(at + ": now required");
                } else if (changed.isCoreChanged().isIncompatible()) {
                    lines.add(at + ": style, explode or allowEmptyValue changed");
                }
                schema(changed.getSchema(), at, "");
                content(changed.getContent(), at);
            }
        }

        private void requestBody(ChangedRequestBody body, String where) {
            if (body == null) {
                return;
            }
            if (body.isChangeRequired() && Boolean.TRUE.equals(body.getNewRequestBody().getRequired())) {
                lines.add(where + ": request body now required");
            }
            content(body.getContent(), where + ", request body");
        }

        private void responses(ChangedApiResponse responses, String where) {
            if (responses == null) {
                return;
            }
            for (String code : responses.getMissing().keySet()) {
                lines.add(where + ": response " + code + " removed");
            }
            responses.getChanged().forEach((code, response) -> {
                String at = where + ", response " + code;
                headers(response.getHeaders(), at);
                content(response.getContent(), at);
            });
        }

        private void headers(ChangedHeaders headers, String where) {
            if (headers == null) {
                return;
            }
            for (String removed : headers.getMissing().keySet()) {
                lines.add(where + ": header " + removed + " removed");
            }
            headers.getChanged().forEach((name, header) -> other(header, where + ", header " + name));
        }

        private void content(ChangedContent content, String where) {
            if (content == null) {
                return;
            }
            for (String removed : content.getMissing().keySet()) {
                lines.add(where + ": media type " + removed + " removed");
            }
            content.getChanged().values().forEach(media -> schema(media.getSchema(), where, ""));
        }

        /** {@code field} is the path from the body to this schema ("" for the body, "items[].name"). */
        private void schema(ChangedSchema schema, String where, String field) {
            if (schema == null || !ancestors.add(schema)) {
                return;
            }
            try {
                schemaChanges(schema, where, field);
            } finally {
                ancestors.remove(schema);
            }
        }

        private void schemaChanges(ChangedSchema schema, String where, String field) {
            boolean request = schema.getContext().isRequest();
            String subject = field.isEmpty() ? "" : "field '" + field + "' ";

            // Own check: every removed field, optional or not (see the class comment).
            for (String removed : schema.getMissingProperties().keySet()) {
                lines.add(where + ": field '" + path(field, removed) + "' removed");
            }
            if (schema.isChangedType()) {
                lines.add(where + ": " + subject + "changed type from " + schema.getOldSchema().getType() + " to "
                        + schema.getNewSchema().getType());
            }
            if (schema.isDiscriminatorPropertyChanged()) {
                lines.add(where + ": " + subject + "discriminator changed");
            }
            ChangedRequired required = schema.getRequired();
            if (required != null && required.isIncompatible()) {
                if (request) {
                    for (String name : required.getIncreased()) {
                        lines.add(where + ": " + (schema.getIncreasedProperties().containsKey(name)
                                ? "new field '" + path(field, name) + "' is required"
                                : "field '" + path(field, name) + "' now required"));
                    }
                } else {
                    for (String name : required.getMissing()) {
                        if (!schema.getMissingProperties().containsKey(name)) { // else reported as removed
                            lines.add(where + ": field '" + path(field, name) + "' no longer always present");
                        }
                    }
                }
            }
            ChangedEnum<?> enumeration = schema.getEnumeration();
            if (enumeration != null && enumeration.isIncompatible()) {
                lines.add(where + ": " + subject + (request
                        ? "no longer accepts " + quoted(enumeration.getMissing())
                        : "may now return " + quoted(enumeration.getIncreased())));
            }
            boolean explained = schema.isChangedType() || schema.isDiscriminatorPropertyChanged()
                    || !schema.getMissingProperties().isEmpty();
            if (schema.isCoreChanged().isIncompatible() && !explained) {
                lines.add(where + ": " + subject + "schema changed incompatibly (see the report below)");
            }

            schema.getChangedProperties().forEach((name, property) -> schema(property, where, path(field, name)));
            schema(schema.getItems(), where, field + "[]");
            schema(schema.getAddProp(), where, field + "{*}");
            // The remaining constraints (oneOf, lengths, ranges, pattern, ...): named, detailed in the change log.
            Stream.of(schema.getOneOfSchema(), schema.getReadOnly(), schema.getWriteOnly(), schema.getMaxLength(),
                    schema.getMinLength(), schema.getNumericRange(), schema.getMultipleOf(), schema.getMaxItems(),
                    schema.getMinItems(), schema.getMaxProperties(), schema.getMinProperties(), schema.getNullable(),
                    schema.getUniqueItems(), schema.getPattern())
                    .forEach(constraint -> other(constraint, where + (field.isEmpty() ? "" : ", field '" + field + "'")));
        }

        /** Whatever has no words of its own above: named by its kind, e.g. "max length". */
        private void other(Changed changed, String where) {
            if (changed != null && changed.isIncompatible()) {
                String kind = changed.getClass().getSimpleName().replaceFirst("^Changed", "")
                        .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
                lines.add(where + ": " + kind + " changed incompatibly (see the report below)");
            }
        }

        private static String name(Parameter parameter) {
            return parameter.getIn() + " parameter '" + parameter.getName() + "'";
        }

        private static String path(String field, String name) {
            return field.isEmpty() ? name : field + "." + name;
        }

        private static String quoted(List<?> values) {
            return values.stream().map(value -> "'" + value + "'").collect(Collectors.joining(", "));
        }
    }
}
