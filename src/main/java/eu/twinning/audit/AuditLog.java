package eu.twinning.audit;

import eu.twinning.persistence.Timestamps;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.twinning.change.DataVersionStore;
import eu.twinning.security.Caller;

/**
 * Records writes in the caller's transaction, so an entry exists exactly when its write was
 * committed. States are the resource as read with lang=*, so no secret can enter the log. Every
 * write is recorded, last: recording it also moves the data version, which tells every cache and
 * every instance that the data changed (so a service calls this after its last change).
 */
@ApplicationScoped
public class AuditLog {

    private final ObjectMapper json;
    private final DataVersionStore versions;

    public AuditLog(ObjectMapper json, DataVersionStore versions) {
        this.json = json;
        this.versions = versions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, AuditAction action, String resourceType, Object resourceKey, Object before,
            Object after) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Timestamps.now();
        entry.actor = caller.actor();
        entry.actorRole = caller.role() == null ? "anonymous" : caller.role().toString();
        entry.action = action;
        entry.resourceType = resourceType;
        entry.resourceKey = String.valueOf(resourceKey);
        entry.beforeState = write(before);
        entry.afterState = write(after);
        entry.persist();
        versions.bump();
    }

    private String write(Object state) {
        if (state == null) {
            return null;
        }
        var tree = json.valueToTree(state);
        // The spec publishes this bound on before and after; a resource with more fields must raise it.
        if (tree.size() > AuditEntry.MAX_STATE_FIELDS) {
            throw new IllegalStateException("An audit state has more than " + AuditEntry.MAX_STATE_FIELDS + " fields");
        }
        try {
            return json.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record an audit state", e);
        }
    }
}
