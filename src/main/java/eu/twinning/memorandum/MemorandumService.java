package eu.twinning.memorandum;

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
public class MemorandumService {

    private final MemorandumRepository memoranda;
    private final PartnerService partners;
    private final EventService events;

    public MemorandumService(MemorandumRepository memoranda, PartnerService partners, EventService events) {
        this.memoranda = memoranda;
        this.partners = partners;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MemorandumView> list(MemorandumFilter filter, PageRequest page, Language language) {
        var query = memoranda.search(filter, page);
        return Page.of(query.list().stream().map(m -> MemorandumView.of(m, language)).toList(), page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemorandumView get(long id, Language language) {
        return MemorandumView.of(find(id), language);
    }

    public MemorandumView create(MemorandumInput input, Language language) {
        Memorandum memorandum = new Memorandum();
        apply(input, memorandum);
        memoranda.persistAndFlush(memorandum);
        return MemorandumView.of(memorandum, language);
    }

    public MemorandumView update(long id, MemorandumInput input, Language language) {
        Memorandum memorandum = find(id);
        apply(input, memorandum);
        memoranda.flush();
        return MemorandumView.of(memorandum, language);
    }

    public void delete(long id) {
        memoranda.delete(find(id));
    }

    private Memorandum find(long id) {
        return memoranda.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("memorandum", id));
    }

    private void apply(MemorandumInput input, Memorandum memorandum) {
        if (input.status() != MemorandumStatus.PROPOSED && input.signedOn() == null) {
            throw ProblemException.invalid("signedOn", "is required when the status is " + input.status());
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
