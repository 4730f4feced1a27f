package eu.twinning.goodpractice;

import java.util.Set;

import eu.twinning.common.Theme;

/** Filters of the good-practice list; visible limits the statuses the caller may see at all. */
public record GoodPracticeFilter(String partner, Theme theme, GoodPracticeStatus status, String q,
        Set<GoodPracticeStatus> visible) {
}
