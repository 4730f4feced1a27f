package eu.twinning.openapi;

import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Turns openapi-diff's tree of changes into plain lines, one per breaking change. It reads the
 * library's verdict node by node ({@code isIncompatible()}), with these corrections for this API:
 * <ul>
 * <li>a removed field breaks clients even when it was optional: a client that reads it from a
 * response gets nothing, and one that sends it in a request gets 400, since bodies are read
 * strictly (StrictJson refuses unknown fields). openapi-diff only objects when the removed field
 * was {@code required} in a response, so this walker reports every removed field itself;</li>
 * <li>openapi-diff refuses any change of a request body's {@code required}; only optional to
 * required breaks clients;</li>
 * <li>bounds (lengths, ranges, counts, pattern, format) are judged by their direction
 * ({@link BoundChanges}): a request's may only widen, a response's (headers too) only narrow; and
 * the branches of a oneOf are walked like properties, not judged as one;</li>
 * <li>openapi-diff refuses any change of a response value documented as anything ({}), but a
 * client could rely on nothing about it: it may become specific.</li>
 * </ul>
 * A narrowing that openapi-diff cannot know is harmless (the server already refused the values) is
 * accepted only by name, with its reason, in {@link AcceptedNarrowings}.
 */
final class BreakingChanges {
    private final Set<String> lines = new LinkedHashSet<>();
    /** The schemas being walked, to stop on recursive schemas. Not all seen ones: openapi-diff shares
     * one node for each use of a $ref in an operation (400 and 404 both return Problem), and each use
     * is a line of its own. */
    private final Set<ChangedSchema> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());

    List<String> list(ChangedOpenApi diff) {
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
        headers.getChanged().forEach((name, header) -> {
            if (header.isCoreChanged().isIncompatible()) {
                lines.add(where + ", header " + name + ": required, style or explode changed");
            }
            schema(header.getSchema(), where + ", header " + name, "");
        });
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
        if (!request && anything(schema.getOldSchema())) {
            // A response value documented as anything ({}) may become specific (see the class comment). A client
            // could rely on nothing about it but its being JSON, and it still is (exportNetwork's document,
            // once free-form, became the typed NetworkExport).
            return;
        }

        // Own check: every removed field, optional or not (see the class comment).
        for (String removed : schema.getMissingProperties().keySet()) {
            lines.add(where + ": field '" + path(field, removed) + "' removed");
        }
        if (schema.isChangedType() && !BoundChanges.formatOnly(schema)) {
            var before = schema.getOldSchema();
            var after = schema.getNewSchema();
            boolean sameType = java.util.Objects.equals(before.getType(), after.getType());
            lines.add(where + ": " + subject + (sameType
                    ? "changed format from " + before.getFormat() + " to " + after.getFormat()
                    : "changed type from " + before.getType() + " to " + after.getType()));
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
        String at = where + (field.isEmpty() ? "" : ", field '" + field + "'");
        BoundChanges.breaking(schema).forEach(bound -> lines.add(at + ": " + bound));
        ChangedEnum<?> enumeration = schema.getEnumeration();
        // An enum where there was none is a bound like the others: it narrows what a request may send.
        boolean newEnum = schema.getOldSchema() != null && schema.getOldSchema().getEnum() == null
                && enumeration != null && !enumeration.getIncreased().isEmpty();
        if (enumeration != null && (newEnum ? request : enumeration.isIncompatible())) {
            lines.add(where + ": " + subject + (newEnum ? "now only accepts " + quoted(enumeration.getIncreased())
                    : request ? "no longer accepts " + quoted(enumeration.getMissing())
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
        oneOf(schema.getOneOfSchema(), request, where, field, at);
        // The remaining constraints (readOnly, nullable, ...): named, detailed in the change log.
        Stream.of(schema.getReadOnly(), schema.getWriteOnly(), schema.getMultipleOf(), schema.getNullable(),
                schema.getUniqueItems()).forEach(constraint -> other(constraint, at));
    }

    /** A client may send any branch and must read every one: a request loses none, a response gains none. */
    private void oneOf(ChangedOneOfSchema oneOf, boolean request, String where, String field, String at) {
        if (oneOf == null) {
            return;
        }
        if (request ? !oneOf.getMissing().isEmpty() : !oneOf.getIncreased().isEmpty()) {
            lines.add(at + ": " + (request ? "no longer accepts " + oneOf.getMissing().keySet()
                    : "may now return " + oneOf.getIncreased().keySet()));
        }
        oneOf.getChanged().values().forEach(branch -> schema(branch, where, field));
    }

    /** A schema that admits any JSON value: {} (no type, reference, properties, items, values or parts). */
    private static boolean anything(io.swagger.v3.oas.models.media.Schema<?> schema) {
        return schema != null && schema.getType() == null && schema.getTypes() == null && schema.get$ref() == null
                && schema.getProperties() == null && schema.getItems() == null && schema.getEnum() == null
                && schema.getAllOf() == null && schema.getOneOf() == null && schema.getAnyOf() == null
                && schema.getAdditionalProperties() == null;
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
