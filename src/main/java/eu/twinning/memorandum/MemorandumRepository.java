package eu.twinning.memorandum;

import java.util.Map;

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
        if (!filter.includeDrafts()) {
            // Anyone else sees a draft only when its own partner is a signatory (-1 matches no partner).
            criteria.and("(m.status <> :draft or exists (select 1 from Memorandum o join o.signatories op "
                    + "where o = m and op.id = :own))", Map.of("draft", MemorandumStatus.DRAFT,
                            "own", filter.draftsOfPartner() == null ? -1L : filter.draftsOfPartner()));
        }
        return find("from Memorandum m" + criteria.where(), page.sort(), criteria.parameters()).page(page.panache());
    }
}
