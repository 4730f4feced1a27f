package eu.twinning.partner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.persistence.Criteria;
import eu.twinning.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PartnerRepository implements PanacheRepository<Partner> {

    /** The sort path of a partner's name: its key in the sort language. */
    public static final String NAME_KEY = "nameKey";

    public Optional<Partner> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Partner> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /**
     * A page of the partners that match a filter. Sorted by name ({@link #NAME_KEY}), it follows the
     * keys of the sort language, which the index (language, sort_key, partner_id) holds in order.
     */
    public PanacheQuery<Partner> search(PartnerFilter filter, PageRequest page, String sortLanguage) {
        Criteria criteria = criteria(filter);
        String from = "select p from Partner p";
        if (page.sort().getColumns().stream().anyMatch(column -> column.getName().equals(NAME_KEY))) {
            from += " join p.nameKeys " + NAME_KEY;
            criteria.and("key(" + NAME_KEY + ") = :sortLanguage", Map.of("sortLanguage", sortLanguage));
        }
        return find(from + criteria.where(), page.sort(), criteria.parameters()).page(page.panache());
    }

    /** The partners of a filter that have coordinates, by name in the sort language: at most limit of them. */
    public List<Partner> located(PartnerFilter filter, int limit, String sortLanguage) {
        Criteria criteria = criteria(filter).and("p.latitude is not null and p.longitude is not null", Map.of())
                .and("key(" + NAME_KEY + ") = :sortLanguage", Map.of("sortLanguage", sortLanguage));
        return find("select p from Partner p join p.nameKeys " + NAME_KEY + criteria.where(),
                Sort.by(NAME_KEY, Sort.Direction.Ascending).and("id").disableEscaping(), criteria.parameters())
                .page(0, limit).list();
    }

    /** How many partners of a filter have no coordinates. */
    public long countUnlocated(PartnerFilter filter) {
        Criteria criteria = criteria(filter).and("(p.latitude is null or p.longitude is null)", Map.of());
        return count("from Partner p" + criteria.where(), criteria.parameters());
    }

    private static Criteria criteria(PartnerFilter filter) {
        return new Criteria()
                .and("p.countryCode = :country", "country", filter.country())
                .and("p.role = :role", "role", filter.role())
                .and("p.kind = :kind", "kind", filter.kind())
                .and("p.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince())
                .matching("p", filter.q());
    }

    /** A partner's editor tokens end with it; the audit log keeps their history. */
    public void deleteTokensOf(Partner partner) {
        getEntityManager().createQuery("delete from ApiToken t where t.partner = :p")
                .setParameter("p", partner).executeUpdate();
    }

    /** How many memoranda, events, delegations and good practices refer to a partner. */
    public long references(Partner partner) {
        var em = getEntityManager();
        long total = 0;
        for (String jpql : List.of(
                "select count(m) from Memorandum m join m.signatories s where s = :p",
                "select count(e) from Event e where e.host = :p",
                "select count(d) from Delegation d join d.partners s where s = :p",
                "select count(g) from GoodPractice g where g.partner = :p")) {
            total += em.createQuery(jpql, Long.class).setParameter("p", partner).getSingleResult();
        }
        return total;
    }
}
