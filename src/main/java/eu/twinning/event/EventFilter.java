package eu.twinning.event;

import java.time.Instant;

import java.time.LocalDate;

/** Filters of the event list: events overlapping [from, to], hosted or attended by a partner. */
public record EventFilter(LocalDate from, LocalDate to, String partner, EventType type, String q,
        Instant updatedSince) {

    public EventFilter(LocalDate from, LocalDate to, String partner, EventType type, String q) {
        this(from, to, partner, type, q, null);
    }
}
