package eu.twinning.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, Long> {

    /**
     * Locks the next due delivery of an active subscription, skipping those that another worker (on
     * this instance or another) has locked: each is taken by one worker at a time. The same SQL runs
     * on H2 and PostgreSQL.
     */
    public Optional<WebhookDelivery> lockNextDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("SELECT id FROM webhook_delivery WHERE status = "
                + "'PENDING' AND next_attempt_at <= ?1 AND subscription_id IN (SELECT id FROM webhook_subscription "
                + "WHERE active = TRUE) ORDER BY next_attempt_at, id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).getResultList();
        return ids.isEmpty() ? Optional.empty() : findByIdOptional(ids.get(0).longValue());
    }

    /** When the next pending delivery of an active subscription falls due (or a worker's lease on it ends). */
    public Optional<Instant> nextDue() {
        return Optional.ofNullable(getEntityManager().createQuery("select min(d.nextAttemptAt) from WebhookDelivery d "
                + "where d.status = ?1 and d.subscriptionId in (select s.id from WebhookSubscription s where s.active)",
                Instant.class).setParameter(1, DeliveryStatus.PENDING).getSingleResult());
    }

    public PanacheQuery<WebhookDelivery> ofSubscription(long subscription, PageRequest page) {
        return find("subscriptionId", page.sort(), subscription).page(page.panache());
    }

    public long pending() {
        return count("status", DeliveryStatus.PENDING);
    }
}
