package eu.twinning.memorandum;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.twinning.persistence.AuditedEntity;
import eu.twinning.persistence.SearchText;
import eu.twinning.theme.Theme;
import eu.twinning.event.Event;
import eu.twinning.partner.Partner;

/** A memorandum of cooperation signed by two or more partners. */
@Entity
@Table(name = "memorandum")
public class Memorandum extends AuditedEntity {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> description;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "signed_place")
    public Map<String, String> signedPlace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemorandumStatus status;

    /** The event at which it was signed, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public Event event;

    @ManyToMany
    @JoinTable(name = "memorandum_signatory", joinColumns = @JoinColumn(name = "memorandum_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    public Set<Partner> signatories = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "memorandum_area", joinColumns = @JoinColumn(name = "memorandum_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    public Set<Theme> areas = new LinkedHashSet<>();

    @Override
    protected String computeSearchText() {
        return searchText(title, description, signedPlace);
    }

    /** What ?q= searches, also for rows written by SQL (db.migration.V5__Derived_text). */
    public static String searchText(Map<String, String> title, Map<String, String> description,
            Map<String, String> signedPlace) {
        return SearchText.of(java.util.Arrays.asList(title, description, signedPlace));
    }
}
