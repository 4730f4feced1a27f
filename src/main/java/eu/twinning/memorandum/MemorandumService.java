package eu.twinning.memorandum;

import java.util.List;

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
import io.quarkus.panache.common.Sort;
import eu.twinning.event.EventService;
import eu.twinning.partner.PartnerService;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class MemorandumService {

    static final String AUDIT_TYPE = "memorandum";

    private final MemorandumRepository memoranda;
    private final PartnerService partners;
    private final EventService events;
    private final AuditLog audit;
    private final Counts counts;

    public MemorandumService(MemorandumRepository memoranda, PartnerService partners, EventService events,
            AuditLog audit, Counts counts) {
        this.memoranda = memoranda;
        this.partners = partners;
        this.events = events;
        this.audit = audit;
        this.counts = counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MemorandumView> list(MemorandumFilter filter, PageRequest page, Language language) {
        var query = memoranda.search(filter, page);
        return Page.of(query.list().stream().map(m -> MemorandumView.of(m, language)).toList(), page,
                counts.of("memoranda", filter, query::count));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemorandumView get(long id, Caller caller, Language language) {
        return MemorandumView.of(findVisible(id, caller), language);
    }

    /** The memorandum if the caller may see it: for callers inside a write, where a thrown 404 would roll it back. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<MemorandumView> find(long id, Caller caller, Language language) {
        return memoranda.findByIdOptional(id).filter(MemorandumVisibility.of(caller)::allows)
                .map(m -> MemorandumView.of(m, language));
    }

    /** Every memorandum, drafts included, in all languages, by id: what an export holds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemorandumView> all() {
        return memoranda.listAll(Sort.by("id")).stream().map(m -> MemorandumView.of(m, Language.ALL)).toList();
    }

    /** Admins write any memorandum; an editor proposes drafts that its own partner signs. */
    public MemorandumView create(MemorandumInput input, Caller caller, Language language) {
        Memorandum memorandum = new Memorandum();
        apply(input, memorandum);
        requireMayWrite(memorandum, caller);
        memoranda.persistAndFlush(memorandum);
        audit.record(caller, AuditAction.CREATE, AUDIT_TYPE, memorandum.id, null,
                MemorandumView.of(memorandum, Language.ALL));
        return MemorandumView.of(memorandum, language);
    }

    public MemorandumView update(long id, String ifMatch, MemorandumInput input, Caller caller,
            Language language) {
        Memorandum memorandum = findVisible(id, caller);
        Preconditions.requireMatch(ifMatch, memorandum.version);
        requireMayWrite(memorandum, caller);
        MemorandumView before = MemorandumView.of(memorandum, Language.ALL);
        apply(input, memorandum);
        requireMayWrite(memorandum, caller);
        memorandum.markChanged();
        memoranda.flush();
        audit.record(caller, AuditAction.UPDATE, AUDIT_TYPE, id, before, MemorandumView.of(memorandum, Language.ALL));
        return MemorandumView.of(memorandum, language);
    }

    public void delete(long id, String ifMatch, Caller caller) {
        Memorandum memorandum = findVisible(id, caller);
        Preconditions.requireMatch(ifMatch, memorandum.version);
        requireMayWrite(memorandum, caller);
        MemorandumView before = MemorandumView.of(memorandum, Language.ALL);
        memoranda.delete(memorandum);
        audit.record(caller, AuditAction.DELETE, AUDIT_TYPE, id, before, null);
    }

    /**
     * A memorandum as an export recorded it, for an import, which has checked the input as a create
     * does (with {@link #problems}) and records the import as a whole: with its id, version and timestamps.
     */
    public Memorandum restore(MemorandumInput input, Restored restored) {
        Memorandum memorandum = new Memorandum();
        memorandum.restore(restored);
        apply(input, memorandum);
        memoranda.persist(memorandum);
        return memorandum;
    }

    /** Rules between fields, which annotations cannot express: the faults of an input that passed them. */
    public static List<Problem.FieldError> problems(MemorandumInput input) {
        if (input.status() != MemorandumStatus.DRAFT && input.signedOn() == null) {
            return List.of(new Problem.FieldError("signedOn", "is required when the status is " + input.status()));
        }
        return List.of();
    }

    /** A draft that the caller may not see does not exist for it: 404, not 403. */
    private Memorandum findVisible(long id, Caller caller) {
        Memorandum memorandum = memoranda.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("memorandum", id));
        if (!MemorandumVisibility.of(caller).allows(memorandum)) {
            throw ProblemException.notFound("memorandum", id);
        }
        return memorandum;
    }

    private static void requireMayWrite(Memorandum memorandum, Caller caller) {
        if (caller.isAdmin()) {
            return;
        }
        if (memorandum.status != MemorandumStatus.DRAFT || !signedBy(memorandum, caller)) {
            throw Caller.forbidden("Editors may only propose drafts that their own partner signs");
        }
    }

    private static boolean signedBy(Memorandum memorandum, Caller caller) {
        return memorandum.signatories.stream().anyMatch(p -> caller.edits(p.id));
    }

    private void apply(MemorandumInput input, Memorandum memorandum) {
        List<Problem.FieldError> errors = problems(input);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        memorandum.title = input.title();
        memorandum.description = input.description();
        memorandum.status = input.status();
        memorandum.signedOn = input.signedOn();
        memorandum.signedPlace = input.signedPlace();
        memorandum.signatories.clear();
        memorandum.signatories.addAll(partners.resolve("signatories", input.signatories()));
        memorandum.areas.clear();
        if (input.areas() != null) {
            memorandum.areas.addAll(input.areas());
        }
        memorandum.event = events.resolve("event", input.event());
    }
}
