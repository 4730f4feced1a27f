package eu.twinning.memorandum;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.change.ChangeSource;
import eu.twinning.i18n.Language;
import eu.twinning.security.Caller;

/** Memoranda in the change feed: as anonymous callers see them (MemorandumVisibility: drafts are not). */
@ApplicationScoped
public class MemorandumChanges implements ChangeSource {

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
    public Optional<MemorandumView> publicView(String id) {
        return service.find(Long.parseLong(id), Caller.ANONYMOUS, Language.ALL);
    }

    @Override
    public List<String> publicKeys() {
        return memoranda.publicIds().stream().map(String::valueOf).toList();
    }

    /** A memorandum shows its signatories and the event where it was signed. */
    @Override
    public List<String> showing(String type, String key) {
        return type.equals("partner") || type.equals("event")
                ? memoranda.idsShowing(type, key).stream().map(String::valueOf).toList()
                : List.of();
    }
}
