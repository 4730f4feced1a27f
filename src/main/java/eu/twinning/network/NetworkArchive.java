package eu.twinning.network;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.twinning.event.EventFilter;
import eu.twinning.event.EventService;
import eu.twinning.goodpractice.GoodPracticeService;
import eu.twinning.http.Versioned;
import eu.twinning.i18n.Language;
import eu.twinning.memorandum.MemorandumService;
import eu.twinning.network.ImportItems.Item;
import eu.twinning.partner.PartnerService;
import eu.twinning.persistence.Identities;
import eu.twinning.persistence.Timestamps;
import eu.twinning.security.Caller;
import io.quarkus.panache.common.Sort;

/**
 * The whole network as one document, and back: how an instance is backed up, and how a network
 * moves to another instance (from H2 to PostgreSQL). Tokens and the audit log belong to an instance
 * and are neither exported nor replaced, except editors' tokens, whose partners an import replaces.
 */
@ApplicationScoped
public class NetworkArchive {

    private final NetworkService network;
    private final PartnerService partners;
    private final EventService events;
    private final MemorandumService memoranda;
    private final GoodPracticeService practices;
    private final ImportReader reader;
    private final Identities identities;
    private final NetworkRestore restore;
    private final ObjectMapper json;

    NetworkArchive(NetworkService network, PartnerService partners, EventService events, MemorandumService memoranda,
            GoodPracticeService practices, ImportReader reader, Identities identities, NetworkRestore restore,
            ObjectMapper json) {
        this.network = network;
        this.partners = partners;
        this.events = events;
        this.memoranda = memoranda;
        this.practices = practices;
        this.reader = reader;
        this.identities = identities;
        this.restore = restore;
        this.json = json;
    }

    /** Every item in all languages, drafts and unpublished good practice included, as the reads answer them. */
    @Transactional
    public NetworkExport export() {
        return new NetworkExport(NetworkExport.FORMAT, NetworkExport.FORMAT_VERSION, Timestamps.now(),
                new NetworkExport.NetworkItem(versioned(network.get(Language.ALL))),
                partners.all().stream().map(p -> new NetworkExport.PartnerItem(versioned(p))).toList(),
                events.all(new EventFilter(null, null, null, null, null), Sort.by("id"), Integer.MAX_VALUE, Language.ALL)
                        .stream().map(e -> new NetworkExport.EventItem(versioned(e))).toList(),
                memoranda.all().stream().map(m -> new NetworkExport.MemorandumItem(versioned(m))).toList(),
                practices.all().stream().map(g -> new NetworkExport.GoodPracticeItem(versioned(g))).toList());
    }

    /** A read as it is answered, and its version, which the read keeps to its ETag. */
    private ObjectNode versioned(Versioned read) {
        ObjectNode item = json.valueToTree(read);
        item.put("version", read.version());
        return item;
    }

    /**
     * Replaces the network with a document's, all of it or nothing. Three steps, each with its guarantee:
     * <ol>
     * <li>The whole document is read and checked first, touching nothing: a bad document is refused,
     * with every fault it has (up to a bound), and changes nothing, not even the ids new items get.</li>
     * <li>The identities of the tables whose ids the document restores are moved past them, each in a
     * transaction of its own (see {@link Identities}: this cannot be undone by a rollback, so it only
     * moves them forward, which at worst skips ids).</li>
     * <li>Everything is replaced in one transaction ({@link NetworkRestore}), which DDL never commits early.</li>
     * </ol>
     */
    public Map<String, Integer> replaceWith(Map<String, Object> document, Caller caller) {
        ImportProblems problems = new ImportProblems();
        ImportItems items = reader.read(json.valueToTree(document), problems);
        problems.throwIfAny();
        identities.skipPast("event", maxId(items.events()));
        identities.skipPast("memorandum", maxId(items.memoranda()));
        identities.skipPast("good_practice", maxId(items.goodPractices()));
        return restore.replace(items, caller);
    }

    private static long maxId(List<? extends Item<?>> items) {
        return items.stream().mapToLong(item -> item.restored().id()).max().orElse(0);
    }
}
