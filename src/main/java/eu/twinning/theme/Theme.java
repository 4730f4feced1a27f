package eu.twinning.theme;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Fields of twinning cooperation (CEMR twinning handbook); websites translate these codes. */
public enum Theme {
    ART_AND_CULTURE, YOUTH, CITIZENSHIP, SOCIAL_INCLUSION, SUSTAINABLE_DEVELOPMENT, LOCAL_SERVICES,
    LOCAL_ECONOMIC_DEVELOPMENT, SOLIDARITY;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
