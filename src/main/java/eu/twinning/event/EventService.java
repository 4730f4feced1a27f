package eu.twinning.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.twinning.audit.AuditAction;
import eu.twinning.audit.AuditLog;
import eu.twinning.security.Caller;
import eu.twinning.i18n.Language;
import eu.twinning.paging.Page;
import eu.twinning.paging.Counts;
import eu.twinning.paging.PageRequest;
import eu.twinning.http.Preconditions;
import eu.twinning.persistence.Restored;
import eu.twinning.problem.Problem;
import eu.twinning.problem.ProblemException;
import eu.twinning.partner.PartnerService;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class EventService {

    static final String AUDIT_TYPE = "event";

    private final EventRepository events;
    private final PartnerService partners;
    private final AuditLog audit;
    private final Counts counts;

    public EventService(EventRepository events, PartnerService partners, AuditLog audit, Counts counts) {
        this.events = events;
        this.partners = partners;
        this.audit = audit;
        this.counts = counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EventSummary> list(EventFilter filter, PageRequest page, Language language) {
        var query = events.search(filter, page);
        return Page.of(query.list().stream().map(e -> EventSummary.of(e, language)).toList(), page,
                counts.of("events", filter, query::count));
    }

    /**
     * Whole events for a calendar or feed, with programme and delegations, at most limit of them,
     * in the given order: four SQL statements for any number.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EventView> all(EventFilter filter, Sort sort, int limit, Language language) {
        List<Event> found = events.search(filter, new PageRequest(0, limit, sort.and("id"))).list();
        Map<Long, List<ProgrammeDay>> programmes = events.programmes(found);
        Map<Long, List<Delegation>> delegations = events.delegations(found);
        return found.stream().map(e -> EventView.of(e, delegations.getOrDefault(e.id, List.of()),
                programmes.getOrDefault(e.id, List.of()), language)).toList();
    }

    /** The event, its delegations and its whole programme, in three SQL statements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EventView get(long id, Language language) {
        return find(id, language).orElseThrow(() -> ProblemException.notFound("event", id));
    }

    /** The event if it exists: for callers inside a write, where a thrown 404 would mark it for rollback. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EventView> find(long id, Language language) {
        return events.findWithHost(id).map(event -> EventView.of(event, events.delegations(event),
                events.programme(event), language));
    }

    public EventView create(EventInput input, Caller caller, Language language) {
        requireValid(input);
        Event event = new Event();
        apply(input, event);
        events.persistAndFlush(event);
        audit.record(caller, AuditAction.CREATE, AUDIT_TYPE, event.id, null, stored(event));
        return EventView.of(event, event.delegations, event.days, language);
    }

    public EventView update(long id, String ifMatch, EventInput input, Caller caller, Language language) {
        Event event = find(id);
        Preconditions.requireMatch(ifMatch, event.version);
        requireValid(input);
        EventView before = stored(event);
        // Old days go before new ones are inserted: a day's date is unique within its event.
        event.days.clear();
        event.delegations.clear();
        events.flush();
        apply(input, event);
        event.markChanged();
        events.flush();
        audit.record(caller, AuditAction.UPDATE, AUDIT_TYPE, id, before, stored(event));
        return EventView.of(event, event.delegations, event.days, language);
    }

    /**
     * An event as an export recorded it, for an import, which has checked the input as a create does
     * (with {@link #problems}) and records the import as a whole: with its id, version and timestamps.
     */
    public Event restore(EventInput input, Restored restored) {
        Event event = new Event();
        event.restore(restored);
        apply(input, event);
        events.persist(event);
        return event;
    }

    public void delete(long id, String ifMatch, Caller caller) {
        Event event = find(id);
        Preconditions.requireMatch(ifMatch, event.version);
        long references = events.references(event);
        if (references > 0) {
            throw ProblemException.conflict("Event " + id + " is referred to by " + references
                    + " memoranda or good practices; remove those references first");
        }
        EventView before = stored(event);
        events.delete(event);
        audit.record(caller, AuditAction.DELETE, AUDIT_TYPE, id, before, null);
    }

    /** The event as stored, in all languages, for the audit log. */
    private EventView stored(Event event) {
        return EventView.of(event, events.delegations(event), events.programme(event), Language.ALL);
    }

    /** The event a body refers to; an unknown id is a 400 naming the field. */
    public Event resolve(String field, EventRefInput ref) {
        return ref == null ? null : events.findByIdOptional(ref.id()).orElseThrow(
                () -> ProblemException.invalid(field + ".id", unknown(ref.id())));
    }

    public static String unknown(long id) {
        return "no event " + id;
    }

    private Event find(long id) {
        return events.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("event", id));
    }

    private void apply(EventInput input, Event event) {
        event.title = input.title();
        event.description = input.description();
        event.type = input.type();
        event.startDate = input.startDate();
        event.endDate = input.endDate();
        event.venue = input.venue();
        event.host = partners.resolve("host", input.host());
        event.totalParticipants = input.totalParticipants();
        List<EventInput.DelegationInput> delegations = input.delegations() == null ? List.of() : input.delegations();
        for (int i = 0; i < delegations.size(); i++) {
            EventInput.DelegationInput in = delegations.get(i);
            Delegation delegation = new Delegation();
            delegation.event = event;
            delegation.sortOrder = i;
            delegation.countryCode = in.country();
            delegation.participants = in.participants();
            delegation.partners.addAll(partners.resolve("delegations[" + i + "].partners",
                    in.partners() == null ? List.of() : in.partners()));
            event.delegations.add(delegation);
        }
        for (EventInput.DayInput in : input.programme() == null ? List.<EventInput.DayInput>of() : input.programme()) {
            event.days.add(day(event, in));
        }
    }

    private static ProgrammeDay day(Event event, EventInput.DayInput in) {
        ProgrammeDay day = new ProgrammeDay();
        day.event = event;
        day.date = in.date();
        day.title = in.title();
        List<EventInput.ItemInput> items = in.items() == null ? List.of() : in.items();
        for (int i = 0; i < items.size(); i++) {
            ProgrammeItem item = new ProgrammeItem();
            item.day = day;
            item.sortOrder = i;
            item.startTime = items.get(i).time();
            item.title = items.get(i).title();
            item.place = items.get(i).place();
            item.description = items.get(i).description();
            day.items.add(item);
        }
        return day;
    }

    private static void requireValid(EventInput input) {
        List<Problem.FieldError> errors = problems(input);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Rules between fields, which annotations cannot express: the faults of an input that passed them. */
    public static List<Problem.FieldError> problems(EventInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.endDate().isBefore(input.startDate())) {
            errors.add(new Problem.FieldError("endDate", "must not be before startDate"));
        }
        Set<java.time.LocalDate> dates = new HashSet<>();
        List<EventInput.DayInput> days = input.programme() == null ? List.of() : input.programme();
        for (int i = 0; i < days.size(); i++) {
            var date = days.get(i).date();
            if (date.isBefore(input.startDate()) || date.isAfter(input.endDate())) {
                errors.add(new Problem.FieldError("programme[" + i + "].date", "must be within startDate..endDate"));
            } else if (!dates.add(date)) {
                errors.add(new Problem.FieldError("programme[" + i + "].date", "is repeated"));
            }
        }
        return errors;
    }
}
