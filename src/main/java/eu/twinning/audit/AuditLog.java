package eu.twinning.audit;

import eu.twinning.persistence.Timestamps;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.twinning.change.ChangeLog;
import eu.twinning.change.DataVersionStore;
import eu.twinning.security.Caller;

/**
 * Records writes in the caller's transaction, so an entry exists exactly when its write was
 * committed. States are the resource as read with lang=*, so no secret can enter the log. Every
 * write is recorded, last: recording it also moves the data version, which tells every cache and
 * every instance that the data changed (so a service calls this after its last change), and
 * records the change for the change feed (ChangeLog).
 */
@ApplicationScoped
public class AuditLog {

    private final ObjectMapper json;
    private final DataVersionStore versions;
    private final ChangeLog changes;
    private final TransactionSynchronizationRegistry transactions;

    public AuditLog(ObjectMapper json, DataVersionStore versions, ChangeLog changes,
            TransactionSynchronizationRegistry transactions) {
        this.json = json;
        this.versions = versions;
        this.changes = changes;
        this.transactions = transactions;
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
        // The change feed and webhooks hear of every write here too, in the same transaction; recording
        // it moves the data version (of a write that is not public data, such as a token's, this does).
        if (action == AuditAction.IMPORT) {
            changes.restart();
        } else {
            changes.record(resourceType, entry.resourceKey, before, after);
        }
        versions.bump();
        // An exception caught on the way (thrown through a transactional bean) marks the write for rollback, which
        // Quarkus then does without a word when the service returns: fail it loudly instead of answering success.
        if (transactions.getRollbackOnly()) {
            throw new IllegalStateException("The write of " + resourceType + " " + resourceKey
                    + " was marked for rollback; it is not answered as done");
        }
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
