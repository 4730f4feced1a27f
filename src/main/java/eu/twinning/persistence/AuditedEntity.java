package eu.twinning.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
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
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    @PrePersist
    @PreUpdate
    protected void beforeWrite() {
        Instant now = Timestamps.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
        searchText = computeSearchText();
    }

    /**
     * Marks a write even when only child rows changed (an event's programme), so that the version,
     * and with it the ETag, always moves.
     */
    public void markChanged() {
        updatedAt = Timestamps.now();
    }

    /** For rows written by SQL (an import), which cannot fold text as the application does. */
    public void refreshDerivedFields() {
        searchText = computeSearchText();
    }
}
