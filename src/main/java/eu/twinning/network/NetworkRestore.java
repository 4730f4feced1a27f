package eu.twinning.network;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.twinning.audit.AuditAction;
import eu.twinning.audit.AuditLog;
import eu.twinning.event.EventRepository;
import eu.twinning.event.EventService;
import eu.twinning.goodpractice.GoodPracticeRepository;
import eu.twinning.goodpractice.GoodPracticeService;
import eu.twinning.memorandum.MemorandumRepository;
import eu.twinning.memorandum.MemorandumService;
import eu.twinning.partner.PartnerRepository;
import eu.twinning.partner.PartnerService;
import eu.twinning.security.Caller;
import eu.twinning.token.TokenService;

/**
 * Replaces the network with a document's items, which {@link ImportReader} has checked whole, in one
 * transaction: every statement below is DML (no DDL, which on H2 could commit it early), so a fault
 * anywhere, the database's or the server's, rolls all of it back and the network is as it was. Each
 * item is written by its own service, as its write would write it (its derived fields, search text
 * and name sort keys, made again), with what the export recorded restored.
 */
@ApplicationScoped
class NetworkRestore {

    private final TokenService tokens;
    private final NetworkService network;
    private final PartnerService partners;
    private final EventService events;
    private final MemorandumService memoranda;
    private final GoodPracticeService practices;
    private final PartnerRepository partnerRows;
    private final EventRepository eventRows;
    private final MemorandumRepository memorandumRows;
    private final GoodPracticeRepository practiceRows;
    private final AuditLog audit;

    NetworkRestore(TokenService tokens, NetworkService network, PartnerService partners, EventService events,
            MemorandumService memoranda, GoodPracticeService practices, PartnerRepository partnerRows,
            EventRepository eventRows, MemorandumRepository memorandumRows, GoodPracticeRepository practiceRows,
            AuditLog audit) {
        this.tokens = tokens;
        this.network = network;
        this.partners = partners;
        this.events = events;
        this.memoranda = memoranda;
        this.practices = practices;
        this.partnerRows = partnerRows;
        this.eventRows = eventRows;
        this.memorandumRows = memorandumRows;
        this.practiceRows = practiceRows;
        this.audit = audit;
    }

    @Transactional
    Map<String, Integer> replace(ImportItems items, Caller caller) {
        // The partners are replaced, and an editor's token belongs to its partner.
        tokens.deleteEditorTokens();
        // Referring items first; the database deletes their delegations, programmes and the like with them.
        practiceRows.deleteAll();
        memorandumRows.deleteAll();
        eventRows.deleteAll();
        partnerRows.deleteAll();
        network.restore(items.network().input(), items.network().restored().version(),
                items.network().restored().updatedAt());
        items.partners().forEach(item -> partners.restore(item.input(), item.restored()));
        items.events().forEach(item -> events.restore(item.input(), item.restored()));
        items.memoranda().forEach(item -> memoranda.restore(item.input(), item.restored()));
        items.goodPractices().forEach(item -> practices.restore(item.input(), item.review(), item.restored(), caller));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("network", 1);
        counts.put("partners", items.partners().size());
        counts.put("events", items.events().size());
        counts.put("memoranda", items.memoranda().size());
        counts.put("goodPractices", items.goodPractices().size());
        audit.record(caller, AuditAction.IMPORT, "network", Network.ID, null, counts);
        return counts;
    }
}
