package eu.twinning.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.twinning.persistence.Timestamps;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Where to send which changes, and with which secret (migration V12). */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    public static final int URL_LENGTH = 2000;
    public static final int DESCRIPTION_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = URL_LENGTH)
    public String url;

    /** Space-separated; empty for every type. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    @Column(length = DESCRIPTION_LENGTH)
    public String description;

    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<String> eventTypeList() {
        return eventTypes.isEmpty() ? List.of() : Arrays.asList(eventTypes.split(" "));
    }

    public boolean wants(String eventType) {
        return eventTypes.isEmpty() || eventTypeList().contains(eventType);
    }

    @PrePersist
    void beforeInsert() {
        createdAt = Timestamps.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Timestamps.now();
    }
}
