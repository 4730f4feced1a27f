package eu.twinning.event;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

public enum EventType {
    MEETING, CONFERENCE, WORKSHOP, VISIT, FESTIVAL, OTHER;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
