package eu.twinning.memorandum;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

public enum MemorandumStatus {
    PROPOSED, SIGNED, TERMINATED;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
