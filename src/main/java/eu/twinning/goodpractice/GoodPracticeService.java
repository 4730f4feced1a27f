package eu.twinning.goodpractice;

import eu.twinning.persistence.Timestamps;
import java.time.Instant;
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
import eu.twinning.problem.ProblemException;
import eu.twinning.event.EventService;
import eu.twinning.partner.Partner;
import eu.twinning.partner.PartnerService;
import io.quarkus.panache.common.Sort;

/** Good practice and its review workflow; every rule about who may do what to an item is here. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class GoodPracticeService {

    static final String AUDIT_TYPE = "good-practice";

    private final GoodPracticeRepository practices;
    private final PartnerService partners;
    private final EventService events;
    private final AuditLog audit;
    private final Counts counts;

    public GoodPracticeService(GoodPracticeRepository practices, PartnerService partners, EventService events,
            AuditLog audit, Counts counts) {
        this.practices = practices;
        this.partners = partners;
        this.events = events;
        this.audit = audit;
        this.counts = counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GoodPracticeView> list(GoodPracticeFilter filter, PageRequest page, Language language) {
        var query = practices.search(filter, page);
        return Page.of(query.<GoodPractice>list().stream().map(g -> GoodPracticeView.of(g, language)).toList(),
                page, counts.of("good-practices", filter, query::count));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GoodPracticeView get(long id, Caller caller, Language language) {
        return GoodPracticeView.of(findVisible(id, caller), language);
    }

    /** The item if the caller may see it: for callers inside a write, where a thrown 404 would roll it back. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<GoodPracticeView> find(long id, Caller caller, Language language) {
        return practices.findByIdOptional(id).filter(GoodPracticeVisibility.of(caller)::allows)
                .map(g -> GoodPracticeView.of(g, language));
    }

    /** Every good practice, in every status, in all languages, by id: what an export holds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GoodPracticeView> all() {
        return practices.listAll(Sort.by("id")).stream().map(GoodPracticeService::stored).toList();
    }

    /** A new item is a draft of the caller's partner (an admin's of any partner). */
    public GoodPracticeView create(GoodPracticeInput input, Caller caller, Language language) {
        GoodPractice practice = new GoodPractice();
        apply(input, practice, caller);
        practice.status = GoodPracticeStatus.DRAFT;
        practices.persistAndFlush(practice);
        audit.record(caller, AuditAction.CREATE, AUDIT_TYPE, practice.id, null, stored(practice));
        return GoodPracticeView.of(practice, language);
    }

    /**
     * Editors change their partner's drafts and rejected items (which go back to draft); a
     * submitted item waits for its review, and a published one is changed by an admin.
     */
    public GoodPracticeView update(long id, String ifMatch, GoodPracticeInput input, Caller caller,
            Language language) {
        GoodPractice practice = findVisible(id, caller);
        Preconditions.requireMatch(ifMatch, practice.version);
        requireEditorOrAdmin(practice, caller);
        if (!caller.isAdmin() && (practice.status == GoodPracticeStatus.SUBMITTED
                || practice.status == GoodPracticeStatus.PUBLISHED)) {
            throw ProblemException.conflict("Good practice " + id + " is " + practice.status
                    + "; editors change drafts and rejected items only");
        }
        GoodPracticeView before = stored(practice);
        apply(input, practice, caller);
        if (practice.status == GoodPracticeStatus.REJECTED) {
            practice.status = GoodPracticeStatus.DRAFT;
        }
        practice.markChanged();
        practices.flush();
        audit.record(caller, AuditAction.UPDATE, AUDIT_TYPE, id, before, stored(practice));
        return GoodPracticeView.of(practice, language);
    }

    public GoodPracticeView submit(long id, String ifMatch, Caller caller, Language language) {
        GoodPractice practice = findVisible(id, caller);
        Preconditions.requireMatch(ifMatch, practice.version);
        requireEditorOrAdmin(practice, caller);
        requireStatus(practice, GoodPracticeStatus.DRAFT, "submitted");
        GoodPracticeView before = stored(practice);
        practice.status = GoodPracticeStatus.SUBMITTED;
        practice.submittedAt = Timestamps.now();
        practice.reviewedAt = null;
        practice.reviewReason = null;
        practices.flush();
        audit.record(caller, AuditAction.SUBMIT, AUDIT_TYPE, id, before, stored(practice));
        return GoodPracticeView.of(practice, language);
    }

    /** Moderators and admins publish or reject; a rejection's reason is kept for the submitter. */
    public GoodPracticeView review(long id, String ifMatch, ReviewInput review, Caller caller, Language language) {
        GoodPractice practice = findVisible(id, caller);
        Preconditions.requireMatch(ifMatch, practice.version);
        requireStatus(practice, GoodPracticeStatus.SUBMITTED, "reviewed");
        if (review.decision() == ReviewDecision.REJECT && (review.reason() == null || review.reason().isBlank())) {
            throw ProblemException.invalid("reason", "is required to reject");
        }
        GoodPracticeView before = stored(practice);
        practice.status = review.decision() == ReviewDecision.PUBLISH
                ? GoodPracticeStatus.PUBLISHED : GoodPracticeStatus.REJECTED;
        practice.reviewedAt = Timestamps.now();
        practice.reviewReason = review.reason();
        practices.flush();
        audit.record(caller, AuditAction.REVIEW, AUDIT_TYPE, id, before, stored(practice));
        return GoodPracticeView.of(practice, language);
    }

    /**
     * A good practice as an export recorded it, for an import by an admin, which has checked the input
     * and the review as a create and the workflow do and records the import as a whole: with its
     * review, id, version and timestamps.
     */
    public GoodPractice restore(GoodPracticeInput input, ReviewState review, Restored restored, Caller caller) {
        GoodPractice practice = new GoodPractice();
        practice.restore(restored);
        apply(input, practice, caller);
        practice.status = review.status();
        practice.submittedAt = review.submittedAt();
        practice.reviewedAt = review.reviewedAt();
        practice.reviewReason = review.reviewReason();
        practices.persist(practice);
        return practice;
    }

    /** Admins delete anything; editors their partner's items that are not public. */
    public void delete(long id, String ifMatch, Caller caller) {
        GoodPractice practice = findVisible(id, caller);
        Preconditions.requireMatch(ifMatch, practice.version);
        requireEditorOrAdmin(practice, caller);
        if (!caller.isAdmin() && practice.status == GoodPracticeStatus.PUBLISHED) {
            throw Caller.forbidden("A published good practice is removed by an admin");
        }
        GoodPracticeView before = stored(practice);
        practices.delete(practice);
        audit.record(caller, AuditAction.DELETE, AUDIT_TYPE, id, before, null);
    }

    /** Unpublished items of other partners do not exist for the caller: 404, not 403. */
    private GoodPractice findVisible(long id, Caller caller) {
        GoodPractice practice = practices.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("good practice", id));
        if (!GoodPracticeVisibility.of(caller).allows(practice)) {
            throw ProblemException.notFound("good practice", id);
        }
        return practice;
    }

    private static void requireEditorOrAdmin(GoodPractice practice, Caller caller) {
        if (!caller.isAdmin() && !caller.edits(practice.partner.id)) {
            throw Caller.forbidden("Only the partner's editors and admins change its good practice");
        }
    }

    private static void requireStatus(GoodPractice practice, GoodPracticeStatus expected, String verb) {
        if (practice.status != expected) {
            throw ProblemException.conflict("Good practice " + practice.id + " is " + practice.status + "; only "
                    + expected + " items can be " + verb);
        }
    }

    private void apply(GoodPracticeInput input, GoodPractice practice, Caller caller) {
        Partner partner = partners.resolve("partner", input.partner());
        if (!caller.isAdmin() && !caller.edits(partner.id)) {
            throw Caller.forbidden("Editors write good practice of their own partner only");
        }
        practice.partner = partner;
        practice.title = input.title();
        practice.summary = input.summary();
        practice.body = input.body();
        practice.themes.clear();
        practice.themes.addAll(input.themes());
        practice.links = input.links();
        practice.event = events.resolve("event", input.event());
    }

    private static GoodPracticeView stored(GoodPractice practice) {
        return GoodPracticeView.of(practice, Language.ALL);
    }
}
