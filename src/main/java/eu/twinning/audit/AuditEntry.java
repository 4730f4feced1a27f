package eu.twinning.audit;

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

/** One write: who did what to which resource, and the resource before and after (JSON). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    /** The columns' lengths (migrations V3 and V10): the database refuses longer values. */
    public static final int ACTOR_LENGTH = 200;
    public static final int ROLE_LENGTH = 20;
    public static final int TYPE_LENGTH = 40;
    public static final int KEY_LENGTH = 100;
    /** The most fields a recorded state has at its top level (AuditLog refuses more). */
    public static final int MAX_STATE_FIELDS = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = ACTOR_LENGTH)
    public String actor;

    @Column(name = "actor_role", nullable = false, length = ROLE_LENGTH)
    public String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditAction action;

    @Column(name = "resource_type", nullable = false, length = TYPE_LENGTH)
    public String resourceType;

    @Column(name = "resource_key", nullable = false, length = KEY_LENGTH)
    public String resourceKey;

    @Column(name = "before_state")
    public String beforeState;

    @Column(name = "after_state")
    public String afterState;
}
