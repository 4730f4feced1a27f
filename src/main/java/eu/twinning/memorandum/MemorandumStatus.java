package eu.twinning.memorandum;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** A draft is a proposal: visible only to admins, moderators and the signatories' editors. */
public enum MemorandumStatus {
    DRAFT, SIGNED, TERMINATED;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
