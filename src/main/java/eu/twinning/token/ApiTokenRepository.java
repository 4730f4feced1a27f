package eu.twinning.token;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.persistence.Criteria;
import eu.twinning.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

    public Optional<ApiToken> findByHash(String hash) {
        return find("from ApiToken t left join fetch t.partner where t.tokenHash = ?1", hash).firstResultOptional();
    }

    public PanacheQuery<ApiToken> search(TokenFilter filter, PageRequest page) {
        Criteria criteria = new Criteria()
                .and("t.role = :role", "role", filter.role())
                .and("t.partner.slug = :partner", "partner", filter.partner());
        return find("from ApiToken t" + criteria.where(), page.sort(), criteria.parameters()).page(page.panache());
    }
}
