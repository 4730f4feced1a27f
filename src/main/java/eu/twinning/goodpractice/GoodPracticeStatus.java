package eu.twinning.goodpractice;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * draft -> submitted -> published or rejected; a rejected item goes back to draft when edited.
 * Only published items are public; the others exist only for their partner's editors, moderators
 * and admins.
 */
public enum GoodPracticeStatus {
    DRAFT, SUBMITTED, PUBLISHED, REJECTED;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
