package eu.twinning.event;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import eu.twinning.partner.Partner;

/**
 * The participants one country sent to an event, and the partners they came from: the sources give
 * some counts per country, shared by several cities (LT: Panevėžys, Utena, Vilnius, 15 together).
 */
@Entity
@Table(name = "delegation")
public class Delegation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "country_code", nullable = false)
    public String countryCode;

    public Integer participants;

    @ManyToMany
    @JoinTable(name = "delegation_partner", joinColumns = @JoinColumn(name = "delegation_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    public Set<Partner> partners = new LinkedHashSet<>();
}
