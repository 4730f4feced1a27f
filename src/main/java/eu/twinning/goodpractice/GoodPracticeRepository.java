package eu.twinning.goodpractice;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.common.Criteria;
import eu.twinning.common.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class GoodPracticeRepository implements PanacheRepository<GoodPractice> {

    public PanacheQuery<GoodPractice> search(GoodPracticeFilter filter, PageRequest page) {
        Criteria criteria = new Criteria()
                .and("g.status in :visible", "visible", filter.visible())
                .and("g.partner.slug = :partner", "partner", filter.partner())
                .and(":theme member of g.themes", "theme", filter.theme())
                .and("g.status = :status", "status", filter.status())
                .matching("g", filter.q());
        return find("from GoodPractice g" + criteria.where(), page.sort(), criteria.parameters()).page(page.panache());
    }
}
