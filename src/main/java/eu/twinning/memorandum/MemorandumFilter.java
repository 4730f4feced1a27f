package eu.twinning.memorandum;

import java.time.Instant;

/**
 * Filters of the memorandum list: signed by a partner (slug), in a status, matching folded text,
 * among the memoranda the caller may see.
 */
public record MemorandumFilter(String partner, MemorandumStatus status, String q, MemorandumVisibility visibility,
        Instant updatedSince) {

    public MemorandumFilter(String partner, MemorandumStatus status, String q, MemorandumVisibility visibility) {
        this(partner, status, q, visibility, null);
    }
}
