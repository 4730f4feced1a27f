package eu.twinning.change;

import java.util.List;
import java.util.Optional;

import eu.twinning.http.Versioned;

/**
 * A kind of public resource that the change feed follows. Each feature that has one implements it,
 * stating its visibility rule by reading as an anonymous caller would.
 */
public interface ChangeSource {

    /** The type as the feed and the audit log name it: partner, event, memorandum, good-practice, network. */
    String type();

    /** The key the feed names a resource by, from the key a write records it under in the audit log. */
    default String keyOf(String auditKey) {
        return auditKey;
    }

    /** The resource's path under the API's base URL. */
    String path(String key);

    /**
     * The resource as an anonymous caller reads it with lang=*, if it may. Called inside writes: it
     * must not throw for an absent resource (a 404 thrown through a transactional bean marks the
     * write for rollback).
     */
    Optional<? extends Versioned> publicView(String key);

    /** The keys of every public resource of this type: what a log started afresh lists (after an import). */
    List<String> publicKeys();

    /**
     * The keys of resources of this type whose representation shows that one (an event shows its
     * host's name): they are checked after each change to it, and listed when their bytes changed.
     */
    default List<String> showing(String type, String key) {
        return List.of();
    }

    /**
     * What other resources show of this one, from its view with lang=* (a partner's slug, name and
     * country): those that show it are checked again only when this changed. By default all of it.
     */
    default Object shown(Object view) {
        return view;
    }
}
