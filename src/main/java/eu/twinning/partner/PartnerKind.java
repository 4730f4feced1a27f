package eu.twinning.partner;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

public enum PartnerKind {
    CITY, DISTRICT;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
