package eu.twinning.network;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.twinning.event.EventInput;
import eu.twinning.event.EventRefInput;
import eu.twinning.event.EventService;
import eu.twinning.network.ImportItems.Item;
import eu.twinning.partner.PartnerRefInput;
import eu.twinning.partner.PartnerService;

/**
 * What a write checks against the database and an import against the document, since the document
 * replaces everything: that partners' slugs and the ids of events, memoranda and good practices are
 * unique, and that what items refer to is in it (an event's host and delegations, a memorandum's
 * signatories and event, a good practice's partner and event). Slugs and ids are taken from every
 * item, also from one that failed its own checks, so that its faults are not repeated as references.
 */
final class ImportReferences {

    private ImportReferences() {
    }

    static void check(ObjectNode document, ImportItems items, ImportProblems problems) {
        Set<String> partners = unique(document, "partners", "slug", v -> v.isTextual() ? v.asText() : null, problems);
        Set<Long> events = unique(document, "events", "id", ImportReferences::id, problems);
        unique(document, "memoranda", "id", ImportReferences::id, problems);
        unique(document, "goodPractices", "id", ImportReferences::id, problems);
        each(items.events(), "events", (place, event) -> {
            partner(place + ".host", event.host(), partners, problems);
            List<EventInput.DelegationInput> delegations = event.delegations() == null ? List.of() : event.delegations();
            for (int j = 0; j < delegations.size(); j++) {
                problems.addAll(place, PartnerService.referenceProblems("delegations[" + j + "].partners",
                        delegations.get(j).partners() == null ? List.of() : delegations.get(j).partners(), partners));
            }
        });
        each(items.memoranda(), "memoranda", (place, memorandum) -> {
            problems.addAll(place, PartnerService.referenceProblems("signatories", memorandum.signatories(), partners));
            event(place + ".event", memorandum.event(), events, problems);
        });
        each(items.goodPractices(), "goodPractices", (place, practice) -> {
            partner(place + ".partner", practice.partner(), partners, problems);
            event(place + ".event", practice.event(), events, problems);
        });
    }

    /** The values of a key of a kind's items (null where unreadable), each once: a repeated one is a fault. */
    private static <T> Set<T> unique(ObjectNode document, String kind, String key, Function<JsonNode, T> read,
            ImportProblems problems) {
        Set<T> values = new HashSet<>();
        JsonNode items = document.path(kind);
        for (int i = 0; i < items.size(); i++) {
            T value = read.apply(items.get(i).path(key));
            if (value != null && !values.add(value)) {
                problems.add(kind + "[" + i + "]." + key, "'" + value + "' is repeated");
            }
        }
        return values;
    }

    private static Long id(JsonNode value) {
        return value.isIntegralNumber() ? value.asLong() : null;
    }

    private static void partner(String place, PartnerRefInput ref, Set<String> partners, ImportProblems problems) {
        if (ref != null && !partners.contains(ref.slug())) {
            problems.add(place + ".slug", PartnerService.unknown(ref.slug()));
        }
    }

    private static void event(String place, EventRefInput ref, Set<Long> events, ImportProblems problems) {
        if (ref != null && !events.contains(ref.id())) {
            problems.add(place + ".id", EventService.unknown(ref.id()));
        }
    }

    private interface Check<T> {
        void accept(String place, T input);
    }

    /** Each item that was read, at its place in the document. */
    private static <T> void each(List<Item<T>> items, String kind, Check<T> check) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                check.accept(kind + "[" + i + "]", items.get(i).input());
            }
        }
    }
}
