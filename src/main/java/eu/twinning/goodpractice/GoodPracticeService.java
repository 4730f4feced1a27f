package eu.twinning.goodpractice;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.twinning.common.Language;
import eu.twinning.common.Page;
import eu.twinning.common.PageRequest;
import eu.twinning.common.ProblemException;
import eu.twinning.event.EventService;
import eu.twinning.partner.PartnerService;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class GoodPracticeService {

    /** What anonymous readers see; anything else does not exist for them (404, not 403). */
    public static final Set<GoodPracticeStatus> PUBLIC = EnumSet.of(GoodPracticeStatus.PUBLISHED);
    public static final Set<GoodPracticeStatus> ALL = EnumSet.allOf(GoodPracticeStatus.class);

    private final GoodPracticeRepository practices;
    private final PartnerService partners;
    private final EventService events;

    public GoodPracticeService(GoodPracticeRepository practices, PartnerService partners, EventService events) {
        this.practices = practices;
        this.partners = partners;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GoodPracticeView> list(GoodPracticeFilter filter, PageRequest page, Language language) {
        var query = practices.search(filter, page);
        return Page.of(query.list().stream().map(g -> GoodPracticeView.of(g, language)).toList(), page,
                query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GoodPracticeView get(long id, Set<GoodPracticeStatus> visible, Language language) {
        GoodPractice practice = find(id);
        if (!visible.contains(practice.status)) {
            throw ProblemException.notFound("good practice", id);
        }
        return GoodPracticeView.of(practice, language);
    }

    public GoodPracticeView submit(GoodPracticeInput input, Language language) {
        GoodPractice practice = new GoodPractice();
        apply(input, practice);
        practice.status = GoodPracticeStatus.SUBMITTED;
        practice.submittedAt = Instant.now();
        practices.persistAndFlush(practice);
        return GoodPracticeView.of(practice, language);
    }

    /** Editing a rejected item submits it again; a published one stays published. */
    public GoodPracticeView update(long id, GoodPracticeInput input, Language language) {
        GoodPractice practice = find(id);
        apply(input, practice);
        if (practice.status == GoodPracticeStatus.REJECTED) {
            practice.status = GoodPracticeStatus.SUBMITTED;
            practice.submittedAt = Instant.now();
            practice.reviewedAt = null;
            practice.reviewReason = null;
        }
        practices.flush();
        return GoodPracticeView.of(practice, language);
    }

    public GoodPracticeView review(long id, ReviewInput review, Language language) {
        GoodPractice practice = find(id);
        if (practice.status != GoodPracticeStatus.SUBMITTED) {
            throw ProblemException.conflict("Good practice " + id + " is " + practice.status
                    + "; only submitted items can be reviewed");
        }
        if (review.decision() == ReviewDecision.REJECT && (review.reason() == null || review.reason().isBlank())) {
            throw ProblemException.invalid("reason", "is required to reject");
        }
        practice.status = review.decision() == ReviewDecision.PUBLISH
                ? GoodPracticeStatus.PUBLISHED : GoodPracticeStatus.REJECTED;
        practice.reviewedAt = Instant.now();
        practice.reviewReason = review.reason();
        practices.flush();
        return GoodPracticeView.of(practice, language);
    }

    public void delete(long id) {
        practices.delete(find(id));
    }

    private GoodPractice find(long id) {
        return practices.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("good practice", id));
    }

    private void apply(GoodPracticeInput input, GoodPractice practice) {
        practice.partner = partners.resolve("partner", input.partner());
        practice.title = input.title();
        practice.summary = input.summary();
        practice.body = input.body();
        practice.themes.clear();
        practice.themes.addAll(input.themes());
        practice.links = input.links();
        practice.event = events.resolve("event", input.event());
    }
}
