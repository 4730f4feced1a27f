package eu.twinning.goodpractice;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Review state: submitted -> published or rejected. Only published items are public. */
public enum GoodPracticeStatus {
    SUBMITTED, PUBLISHED, REJECTED;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
