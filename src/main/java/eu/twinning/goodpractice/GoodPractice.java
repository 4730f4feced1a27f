package eu.twinning.goodpractice;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.twinning.persistence.AuditedEntity;
import eu.twinning.link.ExternalLink;
import eu.twinning.persistence.SearchText;
import eu.twinning.theme.Theme;
import eu.twinning.event.Event;
import eu.twinning.partner.Partner;

/** A partner's example of good practice, public once a reviewer has published it. */
@Entity
@Table(name = "good_practice")
public class GoodPractice extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    public Partner partner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public Event event;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> summary;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> body;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ExternalLink> links;

    @ElementCollection
    @CollectionTable(name = "good_practice_theme", joinColumns = @JoinColumn(name = "good_practice_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    public Set<Theme> themes = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoodPracticeStatus status;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "review_reason")
    public String reviewReason;

    @Override
    protected String computeSearchText() {
        return searchText(title, summary, body);
    }

    /** What ?q= searches, also for rows written by SQL (db.migration.V5__Derived_text). */
    public static String searchText(Map<String, String> title, Map<String, String> summary,
            Map<String, String> body) {
        return SearchText.of(java.util.Arrays.asList(title, summary, body));
    }
}
