package eu.twinning.goodpractice;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.change.IdChangeSource;
import eu.twinning.i18n.Language;
import eu.twinning.security.Caller;

/** Good practices in the change feed: published ones only (GoodPracticeVisibility), so publishing creates one. */
@ApplicationScoped
public class GoodPracticeChanges extends IdChangeSource {

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
    protected Optional<GoodPracticeView> view(long id) {
        return service.find(id, Caller.ANONYMOUS, Language.ALL);
    }

    @Override
    protected List<Long> publicIds() {
        return practices.publishedIds();
    }

    /** A good practice shows its partner and its event. */
    @Override
    protected List<Long> idsShowing(String type, String key) {
        return type.equals("partner") || type.equals("event") ? practices.idsShowing(type, key) : List.of();
    }
}
