package eu.twinning.goodpractice;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

public enum ReviewDecision {
    PUBLISH, REJECT;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
