package eu.twinning.audit;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

public enum AuditAction {
    CREATE, UPDATE, DELETE, SUBMIT, REVIEW, REVOKE, IMPORT;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
