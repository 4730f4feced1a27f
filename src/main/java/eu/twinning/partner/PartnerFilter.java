package eu.twinning.partner;

/** Filters of the partner list; null means "any". q is already folded. */
public record PartnerFilter(String country, PartnerRole role, PartnerKind kind, String q) {
}
