package eu.twinning.partner;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** A partner's place in the network; unknown where the sources do not say. */
public enum PartnerRole {
    LEAD, PARTNER, VISITING;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
