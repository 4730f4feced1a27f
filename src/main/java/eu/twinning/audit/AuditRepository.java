package eu.twinning.audit;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.paging.PageRequest;
import eu.twinning.persistence.Criteria;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    public PanacheQuery<AuditEntry> search(AuditFilter filter, PageRequest page) {
        Criteria criteria = new Criteria()
                .and("a.resourceType = :type", "type", filter.resourceType())
                .and("a.resourceKey = :key", "key", filter.resourceKey())
                .and("a.occurredAt >= :from", "from", filter.from());
        return find("from AuditEntry a" + criteria.where(), page.sort(), criteria.parameters()).page(page.panache());
    }
}
