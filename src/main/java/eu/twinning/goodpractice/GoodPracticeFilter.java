package eu.twinning.goodpractice;

import eu.twinning.theme.Theme;

/** Filters of the good-practice list, among the items the caller may see. */
public record GoodPracticeFilter(String partner, Theme theme, GoodPracticeStatus status, String q,
        GoodPracticeVisibility visibility) {
}
