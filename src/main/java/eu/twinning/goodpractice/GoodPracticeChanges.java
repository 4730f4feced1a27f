package eu.twinning.goodpractice;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.change.ChangeSource;
import eu.twinning.i18n.Language;
import eu.twinning.security.Caller;

/** Good practices in the change feed: published ones only (GoodPracticeVisibility), so publishing creates one. */
@ApplicationScoped
public class GoodPracticeChanges implements ChangeSource {

    private final GoodPracticeService service;
    private final GoodPracticeRepository practices;

    public GoodPracticeChanges(GoodPracticeService service, GoodPracticeRepository practices) {
        this.service = service;
        this.practices = practices;
    }

    @Override
    public String type() {
        return GoodPracticeService.AUDIT_TYPE;
    }

    @Override
    public String path(String id) {
        return "/api/v1/good-practices/" + id;
    }

    @Override
    public Optional<GoodPracticeView> publicView(String id) {
        return service.find(Long.parseLong(id), Caller.ANONYMOUS, Language.ALL);
    }

    @Override
    public List<String> publicKeys() {
        return practices.publishedIds().stream().map(String::valueOf).toList();
    }

    /** A good practice shows its partner and its event. */
    @Override
    public List<String> showing(String type, String key) {
        return type.equals("partner") || type.equals("event")
                ? practices.idsShowing(type, key).stream().map(String::valueOf).toList()
                : List.of();
    }
}
