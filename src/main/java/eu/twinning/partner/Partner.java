package eu.twinning.partner;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import eu.twinning.persistence.AuditedEntity;
import eu.twinning.i18n.Language;
import eu.twinning.persistence.SearchText;
import eu.twinning.persistence.TranslationsColumn;

/** A member locality of the network: a city or a district. */
@Entity
@Table(name = "partner")
public class Partner extends AuditedEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(name = "country_code", nullable = false)
    public String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_role")
    public PartnerRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerKind kind;

    @Convert(converter = TranslationsColumn.class)
    @Column(nullable = false)
    public Map<String, String> name;

    @Column(name = "local_name")
    public String localName;

    @Convert(converter = TranslationsColumn.class)
    public Map<String, String> description;

    public Double latitude;
    public Double longitude;
    public String website;
    public Integer participants;

    /** The folded English name, so that lists sort alike on H2 and PostgreSQL. */
    @Column(name = "sort_name")
    public String sortName;

    @Override
    protected String computeSearchText() {
        sortName = sortName(name);
        return searchText(name, description, slug, localName, countryCode);
    }

    /** What ?q= searches, also for rows written by SQL (db.migration.V5__Derived_text). */
    public static String searchText(Map<String, String> name, Map<String, String> description, String slug,
            String localName, String countryCode) {
        return SearchText.of(List.of(name, description == null ? Map.of() : description), slug, localName,
                countryCode);
    }

    public static String sortName(Map<String, String> name) {
        return SearchText.fold(name.get(Language.FALLBACK));
    }
}
