package eu.twinning.network;

import java.util.List;

import eu.twinning.event.EventInput;
import eu.twinning.goodpractice.GoodPracticeInput;
import eu.twinning.goodpractice.ReviewState;
import eu.twinning.memorandum.MemorandumInput;
import eu.twinning.partner.PartnerInput;
import eu.twinning.persistence.Restored;

/**
 * A document to import, read and checked: each item as its write takes it, with what restores it as
 * it was (its id where URLs name it, version and timestamps; a good practice's review). An item that
 * could not be read is null: the document is then refused.
 */
record ImportItems(Item<NetworkInput> network, List<Item<PartnerInput>> partners, List<Item<EventInput>> events,
        List<Item<MemorandumInput>> memoranda, List<Item<GoodPracticeInput>> goodPractices) {

    record Item<T>(T input, Restored restored, ReviewState review) {
    }
}
