package eu.twinning.webhook;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** pending until a 2xx answer (delivered) or the last retry failed (failed). */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
