package eu.twinning.partner;

import java.time.Instant;

/** Filters of the partner list; null means "any". q is already folded. */
public record PartnerFilter(String country, PartnerRole role, PartnerKind kind, String q, Instant updatedSince) {

    public PartnerFilter(String country, PartnerRole role, PartnerKind kind, String q) {
        this(country, role, kind, q, null);
    }
}
