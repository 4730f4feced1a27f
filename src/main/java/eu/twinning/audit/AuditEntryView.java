package eu.twinning.audit;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry")
public record AuditEntryView(
        @Schema(minimum = "1", examples = "42") long id,
        Instant occurredAt,
        @Schema(description = "The token (id and name) or bootstrap admin that wrote", maxLength = AuditEntry.ACTOR_LENGTH,
                examples = "token 3 (Raška editor)") String actor,
        @Schema(maxLength = AuditEntry.ROLE_LENGTH, examples = "editor") String actorRole,
        AuditAction action,
        @Schema(maxLength = AuditEntry.TYPE_LENGTH, examples = "partner") String resourceType,
        @Schema(description = "Slug or id", maxLength = AuditEntry.KEY_LENGTH, examples = "raska") String resourceKey,
        @Schema(type = SchemaType.OBJECT, nullable = true, maxProperties = AuditEntry.MAX_STATE_FIELDS,
                description = "The resource before the write, in all languages; empty for a creation")
        Map<String, Object> before,
        @Schema(type = SchemaType.OBJECT, nullable = true, maxProperties = AuditEntry.MAX_STATE_FIELDS,
                description = "The resource after the write, in all languages; empty for a deletion")
        Map<String, Object> after) {

    static AuditEntryView of(AuditEntry e, ObjectMapper json) {
        return new AuditEntryView(e.id, e.occurredAt, e.actor, e.actorRole, e.action, e.resourceType, e.resourceKey,
                read(json, e.beforeState), read(json, e.afterState));
    }

    private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
    };

    /** Read as a map (insertion-ordered), which the spec can describe as a free-form object. */
    private static Map<String, Object> read(ObjectMapper json, String state) {
        try {
            return state == null ? null : json.readValue(state, STATE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit state is not JSON", e);
        }
    }
}
