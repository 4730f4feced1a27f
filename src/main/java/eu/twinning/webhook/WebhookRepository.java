package eu.twinning.webhook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookSubscription, Long> {

    public PanacheQuery<WebhookSubscription> page(PageRequest page) {
        return findAll(page.sort()).page(page.panache());
    }

    public List<WebhookSubscription> active() {
        return list("active", true);
    }
}
