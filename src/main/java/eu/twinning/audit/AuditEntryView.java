package eu.twinning.audit;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry")
public record AuditEntryView(
        @Schema(examples = "42") long id,
        Instant occurredAt,
        @Schema(description = "The token (id and name) or bootstrap admin that wrote", examples = "token 3 (Raška editor)")
        String actor,
        @Schema(examples = "editor") String actorRole,
        AuditAction action,
        @Schema(examples = "partner") String resourceType,
        @Schema(description = "Slug or id", examples = "raska") String resourceKey,
        @Schema(type = SchemaType.OBJECT, description = "The resource before the write, in all languages")
        JsonNode before,
        @Schema(type = SchemaType.OBJECT, description = "The resource after the write, in all languages")
        JsonNode after) {

    static AuditEntryView of(AuditEntry e, ObjectMapper json) {
        return new AuditEntryView(e.id, e.occurredAt, e.actor, e.actorRole, e.action, e.resourceType, e.resourceKey,
                read(json, e.beforeState), read(json, e.afterState));
    }

    private static JsonNode read(ObjectMapper json, String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit state is not JSON", e);
        }
    }
}
