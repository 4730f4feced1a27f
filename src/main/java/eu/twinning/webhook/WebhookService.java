package eu.twinning.webhook;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.twinning.audit.AuditAction;
import eu.twinning.audit.AuditLog;
import eu.twinning.http.Preconditions;
import eu.twinning.paging.Page;
import eu.twinning.paging.PageRequest;
import eu.twinning.problem.Problem;
import eu.twinning.problem.ProblemException;
import eu.twinning.security.Caller;

/** Admins' webhook subscriptions and their delivery logs. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WebhookService {

    static final String AUDIT_TYPE = "webhook";

    private final WebhookRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final AddressGuard guard;
    private final AuditLog audit;

    public WebhookService(WebhookRepository subscriptions, DeliveryRepository deliveries, AddressGuard guard,
            AuditLog audit) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookView> list(PageRequest page) {
        var query = subscriptions.page(page);
        return Page.of(query.list().stream().map(WebhookView::of).toList(), page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookView get(long id) {
        return WebhookView.of(find(id));
    }

    /** The new subscription, with its secret: the only answer that shows it. */
    public WebhookView create(WebhookInput input, Caller caller) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.secret = Signatures.newSecret();
        apply(input, subscription);
        subscriptions.persistAndFlush(subscription);
        audit.record(caller, AuditAction.CREATE, AUDIT_TYPE, subscription.id, null, WebhookView.of(subscription));
        return WebhookView.of(subscription).withSecret(subscription.secret);
    }

    public WebhookView update(long id, String ifMatch, WebhookInput input, Caller caller) {
        WebhookSubscription subscription = find(id);
        Preconditions.requireMatch(ifMatch, subscription.version);
        WebhookView before = WebhookView.of(subscription);
        apply(input, subscription);
        subscriptions.flush();
        audit.record(caller, AuditAction.UPDATE, AUDIT_TYPE, id, before, WebhookView.of(subscription));
        return WebhookView.of(subscription);
    }

    /** Removes the subscription and its delivery log; what was pending is not sent. */
    public void delete(long id, String ifMatch, Caller caller) {
        WebhookSubscription subscription = find(id);
        Preconditions.requireMatch(ifMatch, subscription.version);
        WebhookView before = WebhookView.of(subscription);
        deliveries.delete("subscriptionId", id);
        subscriptions.delete(subscription);
        audit.record(caller, AuditAction.DELETE, AUDIT_TYPE, id, before, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeliveryView> deliveries(long id, PageRequest page) {
        find(id);
        var query = deliveries.ofSubscription(id, page);
        return Page.of(query.list().stream().map(DeliveryView::of).toList(), page, query.count());
    }

    private WebhookSubscription find(long id) {
        return subscriptions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("webhook", id));
    }

    private void apply(WebhookInput input, WebhookSubscription subscription) {
        List<Problem.FieldError> errors = new ArrayList<>();
        guard.refusal(input.url()).ifPresent(why -> errors.add(new Problem.FieldError("url", why)));
        List<String> types = input.eventTypes() == null ? List.of() : input.eventTypes();
        for (int i = 0; i < types.size(); i++) {
            if (!WebhookEventTypes.ALL.contains(types.get(i))) {
                errors.add(new Problem.FieldError("eventTypes[" + i + "]", "'" + types.get(i)
                        + "' is not an event type; allowed: " + String.join(", ", WebhookEventTypes.ALL)));
            } else if (types.indexOf(types.get(i)) != i) {
                errors.add(new Problem.FieldError("eventTypes[" + i + "]", "'" + types.get(i) + "' is repeated"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        boolean resumed = !subscription.active && !Boolean.FALSE.equals(input.active());
        subscription.url = input.url();
        subscription.eventTypes = String.join(" ", types);
        subscription.description = input.description();
        subscription.active = !Boolean.FALSE.equals(input.active());
        if (resumed) {
            subscription.disabledReason = null;
            subscription.consecutiveFailures = 0;
        }
    }
}
