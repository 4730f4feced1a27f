package eu.twinning.audit;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.twinning.security.Caller;

/**
 * Records writes in the caller's transaction, so an entry exists exactly when its write was
 * committed. States are the resource as read with lang=*, so no secret can enter the log.
 */
@ApplicationScoped
public class AuditLog {

    private final ObjectMapper json;

    public AuditLog(ObjectMapper json) {
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, AuditAction action, String resourceType, Object resourceKey, Object before,
            Object after) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now();
        entry.actor = caller.actor();
        entry.actorRole = caller.role() == null ? "anonymous" : caller.role().toString();
        entry.action = action;
        entry.resourceType = resourceType;
        entry.resourceKey = String.valueOf(resourceKey);
        entry.beforeState = write(before);
        entry.afterState = write(after);
        entry.persist();
    }

    private String write(Object state) {
        try {
            return state == null ? null : json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record an audit state", e);
        }
    }
}
