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
                .matching("m", filter.q());
        filter.visibility().restrict(criteria);
        return find("from Memorandum m" + criteria.where(), page.sort(), criteria.parameters()).page(page.panache());
    }
}
