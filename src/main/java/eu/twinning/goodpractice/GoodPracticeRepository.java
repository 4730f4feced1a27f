package eu.twinning.goodpractice;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.persistence.Criteria;
import eu.twinning.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class GoodPracticeRepository implements PanacheRepository<GoodPractice> {

    public PanacheQuery<GoodPractice> search(GoodPracticeFilter filter, PageRequest page) {
        Criteria criteria = new Criteria()
                .and("g.partner.slug = :partner", "partner", filter.partner())
                .and(":theme member of g.themes", "theme", filter.theme())
                .and("g.status = :status", "status", filter.status())
                .matching("g", filter.q());
        if (!filter.seesAll()) {
            // -1 matches no partner: anonymous callers and moderators-to-be see published items only.
            criteria.and("(g.status = :published or g.partner.id = :own)", Map.of(
                    "published", GoodPracticeStatus.PUBLISHED,
                    "own", filter.ownPartner() == null ? -1L : filter.ownPartner()));
        }
        return find("from GoodPractice g" + criteria.where(), page.sort(), criteria.parameters()).page(page.panache());
    }
}
