package eu.twinning.network;

import eu.twinning.persistence.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import eu.twinning.link.ExternalLink;
import eu.twinning.link.LinksColumn;
import eu.twinning.persistence.TranslationsColumn;

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

    @Convert(converter = TranslationsColumn.class)
    @Column(nullable = false)
    public Map<String, String> name;

    @Convert(converter = TranslationsColumn.class)
    public Map<String, String> programme;

    @Convert(converter = TranslationsColumn.class)
    public Map<String, String> strand;

    @Convert(converter = TranslationsColumn.class)
    public Map<String, String> measure;

    @Convert(converter = TranslationsColumn.class)
    public Map<String, String> aim;

    @Column(name = "grant_number")
    public String grantNumber;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "total_participants")
    public Integer totalParticipants;

    @Convert(converter = CallFiguresColumn.class)
    @Column(name = "call_figures")
    public CallFigures callFigures;

    @Convert(converter = LinksColumn.class)
    public List<ExternalLink> links;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Timestamps.now();
    }
}
