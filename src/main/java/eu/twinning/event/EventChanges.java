package eu.twinning.event;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.change.ChangeSource;
import eu.twinning.i18n.Language;

/** Events in the change feed: all are public; each shows its host and its delegations' partners. */
@ApplicationScoped
public class EventChanges implements ChangeSource {

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
    public Optional<EventView> publicView(String id) {
        return service.find(Long.parseLong(id), Language.ALL);
    }

    @Override
    public List<String> publicKeys() {
        return events.ids().stream().map(String::valueOf).toList();
    }

    @Override
    public List<String> showing(String type, String key) {
        return type.equals("partner") ? events.idsShowingPartner(key).stream().map(String::valueOf).toList()
                : List.of();
    }
}
