package eu.twinning.event;

import java.time.LocalTime;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import eu.twinning.persistence.TranslationsColumn;

@Entity
@Table(name = "programme_item")
public class ProgrammeItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "day_id")
    public ProgrammeDay day;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "start_time")
    public LocalTime startTime;

    @Convert(converter = TranslationsColumn.class)
    @Column(nullable = false)
    public Map<String, String> title;

    @Convert(converter = TranslationsColumn.class)
    public Map<String, String> place;

    @Convert(converter = TranslationsColumn.class)
    public Map<String, String> description;
}
