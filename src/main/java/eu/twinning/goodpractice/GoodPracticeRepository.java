package eu.twinning.goodpractice;

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
        filter.visibility().restrict(criteria);
        return find("from GoodPractice g" + criteria.where(), page.sort(), criteria.parameters()).page(page.panache());
    }
}
