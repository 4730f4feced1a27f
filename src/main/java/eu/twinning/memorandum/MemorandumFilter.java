package eu.twinning.memorandum;

/**
 * Filters of the memorandum list: signed by a partner (slug), in a status, matching folded text.
 * Drafts are listed only when includeDrafts, or for the partner (id) whose editor asks.
 */
public record MemorandumFilter(String partner, MemorandumStatus status, String q, boolean includeDrafts,
        Long draftsOfPartner) {
}
