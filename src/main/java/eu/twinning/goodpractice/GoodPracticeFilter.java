package eu.twinning.goodpractice;

import java.time.Instant;

import eu.twinning.theme.Theme;

/** Filters of the good-practice list, among the items the caller may see; updated at or after updatedSince. */
public record GoodPracticeFilter(String partner, Theme theme, GoodPracticeStatus status, String q,
        GoodPracticeVisibility visibility, Instant updatedSince) {

    public GoodPracticeFilter(String partner, Theme theme, GoodPracticeStatus status, String q,
            GoodPracticeVisibility visibility) {
        this(partner, theme, status, q, visibility, null);
    }
}
