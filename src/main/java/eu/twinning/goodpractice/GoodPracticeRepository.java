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
                .and("g.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince())
                .matching("g", filter.q());
        filter.visibility().restrict(criteria);
        return find("from GoodPractice g" + criteria.where(), page.sort(), criteria.parameters()).page(page.panache());
    }

    /** The good practices that show a partner (their own) or an event (ChangeLog). */
    public java.util.List<Long> idsShowing(String type, String key) {
        String where = type.equals("partner") ? "g.partner.slug = :key" : "g.event.id = :key";
        return getEntityManager().createQuery("select g.id from GoodPractice g where " + where + " order by g.id",
                Long.class).setParameter("key", type.equals("partner") ? key : Long.valueOf(key)).getResultList();
    }

    public java.util.List<Long> publishedIds() {
        return getEntityManager().createQuery("select g.id from GoodPractice g where g.status = :published "
                + "order by g.id", Long.class).setParameter("published", GoodPracticeStatus.PUBLISHED).getResultList();
    }
}
