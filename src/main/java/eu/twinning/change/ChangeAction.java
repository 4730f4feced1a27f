package eu.twinning.change;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What happened to a resource, as anonymous readers see it: publishing is a creation, unpublishing a deletion. */
public enum ChangeAction {
    CREATED, UPDATED, DELETED;

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
