package eu.twinning.change;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change to public data (migration V12); seq orders them as their writes committed. */
@Entity
@Table(name = "change_log")
public class ChangeEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_key", nullable = false)
    public String resourceKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeAction action;

    /** The ETag of the resource read with lang=* after the change; none for a deletion (or a seeded row). */
    public String etag;

    @Column(name = "data_version", nullable = false)
    public long dataVersion;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
