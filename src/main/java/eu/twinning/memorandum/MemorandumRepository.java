package eu.twinning.memorandum;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.persistence.Criteria;
import eu.twinning.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class MemorandumRepository implements PanacheRepository<Memorandum> {

    public PanacheQuery<Memorandum> search(MemorandumFilter filter, PageRequest page) {
        Criteria criteria = new Criteria()
                .and("exists (select 1 from Memorandum s join s.signatories p where s = m and p.slug = :partner)",
                        "partner", filter.partner())
                .and("m.status = :status", "status", filter.status())
                .and("m.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince())
                .matching("m", filter.q());
        filter.visibility().restrict(criteria);
        return find("from Memorandum m" + criteria.where(), page.sort(), criteria.parameters()).page(page.panache());
    }

    /** The memoranda that show a partner (as a signatory) or an event (ChangeLog). */
    public java.util.List<Long> idsShowing(String type, String key) {
        String query = type.equals("partner")
                ? "select m.id from Memorandum m join m.signatories p where p.slug = :key order by m.id"
                : "select m.id from Memorandum m where m.event.id = :key order by m.id";
        return getEntityManager().createQuery(query, Long.class).setParameter("key", type.equals("partner") ? key : Long.valueOf(key)).getResultList();
    }

    public java.util.List<Long> publicIds() {
        return getEntityManager().createQuery("select m.id from Memorandum m where m.status <> :draft order by m.id",
                Long.class).setParameter("draft", MemorandumStatus.DRAFT).getResultList();
    }
}
