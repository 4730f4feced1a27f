package eu.twinning.memorandum;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.change.IdChangeSource;
import eu.twinning.i18n.Language;
import eu.twinning.security.Caller;

/** Memoranda in the change feed: as anonymous callers see them (MemorandumVisibility: drafts are not). */
@ApplicationScoped
public class MemorandumChanges extends IdChangeSource {

    private final MemorandumService service;
    private final MemorandumRepository memoranda;

    public MemorandumChanges(MemorandumService service, MemorandumRepository memoranda) {
        this.service = service;
        this.memoranda = memoranda;
    }

    @Override
    public String type() {
        return MemorandumService.AUDIT_TYPE;
    }

    @Override
    public String path(String id) {
        return "/api/v1/memoranda/" + id;
    }

    @Override
    protected Optional<MemorandumView> view(long id) {
        return service.find(id, Caller.ANONYMOUS, Language.ALL);
    }

    @Override
    protected List<Long> publicIds() {
        return memoranda.publicIds();
    }

    /** A memorandum shows its signatories and the event where it was signed. */
    @Override
    protected List<Long> idsShowing(String type, String key) {
        return type.equals("partner") || type.equals("event") ? memoranda.idsShowing(type, key) : List.of();
    }
}
