package eu.twinning.partner;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

import eu.twinning.persistence.AuditedEntity;
import eu.twinning.i18n.Language;
import eu.twinning.i18n.CollationKeys;
import eu.twinning.persistence.SearchText;

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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> name;

    @Column(name = "local_name")
    public String localName;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> description;

    public Double latitude;
    public Double longitude;
    public String website;
    public Integer participants;

    /**
     * Per language, the key that sorts the name as that language's readers see it (the fallback's
     * name where it has none): lists sorted by name order by the key of the reader's language.
     * Made by {@link #refreshNameKeys} on every write, for every language a list can be read in.
     * Derived, so making them again (after an import, for a newly configured language) is no change
     * of the partner: no new version, no new updatedAt.
     */
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "partner_name_key", joinColumns = @JoinColumn(name = "partner_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "sort_key", nullable = false)
    public Map<String, String> nameKeys = new HashMap<>();

    @Override
    protected String computeSearchText() {
        return searchText(name, description, slug, localName, countryCode);
    }

    /** Makes the name's sort keys again, changing only those that differ. */
    public void refreshNameKeys(Collection<String> languages) {
        Map<String, String> keys = nameKeys(name, languages);
        nameKeys.keySet().retainAll(keys.keySet());
        keys.forEach((language, key) -> {
            if (!key.equals(nameKeys.get(language))) {
                nameKeys.put(language, key);
            }
        });
    }

    /** What ?q= searches, also for rows written by SQL (db.migration.V5__Derived_text). */
    public static String searchText(Map<String, String> name, Map<String, String> description, String slug,
            String localName, String countryCode) {
        return SearchText.of(List.of(name, description == null ? Map.of() : description), slug, localName,
                countryCode);
    }

    /** The sort keys of a name, also for rows written by JDBC (db.migration.R__Partner_name_keys, bench/scale). */
    public static Map<String, String> nameKeys(Map<String, String> name, Collection<String> languages) {
        Map<String, String> keys = new HashMap<>();
        for (String language : languages) {
            keys.put(language, CollationKeys.of(language, new Language(language).pick(name)));
        }
        return keys;
    }
}
