package eu.twinning.event;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.change.IdChangeSource;
import eu.twinning.i18n.Language;

/** Events in the change feed: all are public; each shows its host and its delegations' partners. */
@ApplicationScoped
public class EventChanges extends IdChangeSource {

    private final EventService service;
    private final EventRepository events;

    public EventChanges(EventService service, EventRepository events) {
        this.service = service;
        this.events = events;
    }

    @Override
    public String type() {
        return EventService.AUDIT_TYPE;
    }

    @Override
    public String path(String id) {
        return "/api/v1/events/" + id;
    }

    @Override
    protected Optional<EventView> view(long id) {
        return service.find(id, Language.ALL);
    }

    /** Memoranda and good practice show its id and title (EventRef). */
    @Override
    public Object shown(Object view) {
        EventView event = (EventView) view;
        return List.of(event.id(), event.title());
    }

    @Override
    protected List<Long> publicIds() {
        return events.ids();
    }

    @Override
    protected List<Long> idsShowing(String type, String key) {
        return type.equals("partner") ? events.idsShowingPartner(key) : List.of();
    }
}
