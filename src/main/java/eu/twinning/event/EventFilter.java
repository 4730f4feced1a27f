package eu.twinning.event;

import java.time.LocalDate;

/** Filters of the event list: events overlapping [from, to], hosted or attended by a partner. */
public record EventFilter(LocalDate from, LocalDate to, String partner, EventType type, String q) {
}
