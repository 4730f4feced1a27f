package eu.twinning.network;

import eu.twinning.persistence.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import eu.twinning.link.ExternalLink;

/** The twinning project itself: one row per deployment. */
@Entity
@Table(name = "network")
public class Network extends PanacheEntityBase {

    public static final long ID = 1L;

    @Id
    public Long id;

    @Version
    public long version;

    @Column(nullable = false)
    public String acronym;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> name;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> programme;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> strand;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> measure;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> aim;

    @Column(name = "grant_number")
    public String grantNumber;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "total_participants")
    public Integer totalParticipants;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "call_figures")
    public CallFigures callFigures;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ExternalLink> links;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Timestamps.now();
    }
}
