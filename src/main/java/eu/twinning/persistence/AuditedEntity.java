package eu.twinning.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Identity, optimistic-lock version and timestamps shared by the aggregates. Each keeps a folded
 * search text of its readable fields, refreshed on every write.
 */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Id
    @RestorableId
    public Long id;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "search_text")
    public String searchText;

    protected abstract String computeSearchText();

    /** A new item is new now, unless it is one that an import restores with its timestamps. */
    @PrePersist
    protected void beforeInsert() {
        Instant now = Timestamps.now();
        if (createdAt == null) {
            createdAt = now;
        }
        if (updatedAt == null) {
            updatedAt = now;
        }
        searchText = computeSearchText();
    }

    @PreUpdate
    protected void beforeUpdate() {
        updatedAt = Timestamps.now();
        searchText = computeSearchText();
    }

    /**
     * Gives a new item, before it is persisted, what an export recorded of it: Hibernate inserts the
     * id ({@link RestorableId}) and the version as they are, and the timestamps are kept.
     */
    public void restore(Restored restored) {
        id = restored.id();
        version = restored.version();
        createdAt = restored.createdAt();
        updatedAt = restored.updatedAt();
    }

    /**
     * Marks a write even when only child rows changed (an event's programme), so that the version,
     * and with it the ETag, always moves.
     */
    public void markChanged() {
        updatedAt = Timestamps.now();
    }
}
