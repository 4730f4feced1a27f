package eu.twinning.goodpractice;

import eu.twinning.theme.Theme;

/**
 * Filters of the good-practice list. Unless seesAll, only published items are listed, and those
 * of ownPartner (an editor's) in any state.
 */
public record GoodPracticeFilter(String partner, Theme theme, GoodPracticeStatus status, String q, boolean seesAll,
        Long ownPartner) {
}
