package eu.twinning.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.twinning.persistence.AuditedEntity;
import eu.twinning.persistence.SearchText;
import eu.twinning.partner.Partner;

/** A meeting of the network, with its programme day by day and the delegations that came. */
@Entity
@Table(name = "event")
public class Event extends AuditedEntity {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> description;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    public EventType type;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> venue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_id")
    public Partner host;

    @Column(name = "total_participants")
    public Integer totalParticipants;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    public List<Delegation> delegations = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    public List<ProgrammeDay> days = new ArrayList<>();

    @Override
    protected String computeSearchText() {
        return searchText(title, description, venue);
    }

    /** What ?q= searches, also for rows written by SQL (db.migration.V5__Derived_text). */
    public static String searchText(Map<String, String> title, Map<String, String> description,
            Map<String, String> venue) {
        return SearchText.of(java.util.Arrays.asList(title, description, venue));
    }
}
