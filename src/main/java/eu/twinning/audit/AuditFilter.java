package eu.twinning.audit;

import java.time.Instant;

/** Filters of the audit log: entries about a resource type and key, on or after a time. */
public record AuditFilter(String resourceType, String resourceKey, Instant from) {
}
