package eu.twinning.memorandum;

/**
 * Filters of the memorandum list: signed by a partner (slug), in a status, matching folded text,
 * among the memoranda the caller may see.
 */
public record MemorandumFilter(String partner, MemorandumStatus status, String q, MemorandumVisibility visibility) {
}
