package eu.twinning.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.persistence.Criteria;
import eu.twinning.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class EventRepository implements PanacheRepository<Event> {

    public PanacheQuery<Event> search(EventFilter filter, PageRequest page) {
        Criteria criteria = new Criteria()
                .and("e.endDate >= :from", "from", filter.from())
                .and("e.startDate <= :to", "to", filter.to())
                .and("e.type = :type", "type", filter.type())
                .and("e.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince())
                .and("(e.host.slug = :partner or exists (select 1 from Delegation d join d.partners p "
                        + "where d.event = e and p.slug = :partner))", "partner", filter.partner())
                .matching("e", filter.q());
        return find("from Event e" + criteria.where(), page.sort(), criteria.parameters()).page(page.panache());
    }

    /** The event with its host: one statement. */
    public Optional<Event> findWithHost(long id) {
        return find("from Event e left join fetch e.host where e.id = ?1", id).firstResultOptional();
    }

    /** All days of an event with all their items: one statement, whatever the programme's length. */
    public List<ProgrammeDay> programme(Event event) {
        return getEntityManager().createQuery("select distinct d from ProgrammeDay d left join fetch d.items "
                + "where d.event = :event order by d.date", ProgrammeDay.class)
                .setParameter("event", event).getResultList();
    }

    /** All delegations of an event with their partners: one statement. */
    public List<Delegation> delegations(Event event) {
        return getEntityManager().createQuery("select distinct d from Delegation d left join fetch d.partners "
                + "where d.event = :event order by d.sortOrder", Delegation.class)
                .setParameter("event", event).getResultList();
    }

    /** The programmes of many events, by event: one statement, whatever their number. */
    public Map<Long, List<ProgrammeDay>> programmes(List<Event> events) {
        if (events.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select distinct d from ProgrammeDay d left join fetch d.items "
                + "where d.event in :events order by d.date", ProgrammeDay.class)
                .setParameter("events", events).getResultList().stream()
                .collect(Collectors.groupingBy(d -> d.event.id, LinkedHashMap::new, Collectors.toList()));
    }

    /** The delegations of many events with their partners, by event: one statement. */
    public Map<Long, List<Delegation>> delegations(List<Event> events) {
        if (events.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select distinct d from Delegation d left join fetch d.partners "
                + "where d.event in :events order by d.sortOrder", Delegation.class)
                .setParameter("events", events).getResultList().stream()
                .collect(Collectors.groupingBy(d -> d.event.id, LinkedHashMap::new, Collectors.toList()));
    }

    public long references(Event event) {
        var em = getEntityManager();
        return em.createQuery("select count(m) from Memorandum m where m.event = :e", Long.class)
                .setParameter("e", event).getSingleResult()
                + em.createQuery("select count(g) from GoodPractice g where g.event = :e", Long.class)
                        .setParameter("e", event).getSingleResult();
    }

    /** The events that show a partner: as their host or in a delegation (ChangeLog). */
    public List<Long> idsShowingPartner(String slug) {
        return getEntityManager().createQuery("select e.id from Event e left join e.host h where h.slug = :slug "
                + "or exists (select 1 from Delegation d join d.partners p where d.event = e and p.slug = :slug) "
                + "order by e.id", Long.class).setParameter("slug", slug).getResultList();
    }

    public List<Long> ids() {
        return getEntityManager().createQuery("select e.id from Event e order by e.id", Long.class).getResultList();
    }
}
