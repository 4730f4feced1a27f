package eu.twinning.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.twinning.http.Validators;
import eu.twinning.http.Versioned;

/**
 * Writes the change feed, in the write's own transaction: after a write, what anonymous readers now
 * see of the resource (and of those that show it) is compared with what the log last said of it,
 * and a change is recorded when their bytes differ. That work is done first; then the data version
 * moves, and the rows are inserted under its row lock, so that their order is the order of the
 * commits while the lock, which every write waits for, is held no longer than it must be.
 */
@ApplicationScoped
public class ChangeLog {

    private final ChangeRepository changes;
    private final DataVersionStore versions;
    private final Instance<ChangeSource> sourceBeans;
    private final ObjectWriter json;
    private final Event<ChangeRecorded> recorded;
    private volatile Map<String, ChangeSource> sources;

    public ChangeLog(ChangeRepository changes, DataVersionStore versions, Instance<ChangeSource> sourceBeans,
            ObjectMapper mapper, Event<ChangeRecorded> recorded) {
        this.changes = changes;
        this.versions = versions;
        this.sourceBeans = sourceBeans;
        this.json = mapper.writer();
        this.recorded = recorded;
    }

    /** Records what a write did to a resource, and to those that show it; types not public (tokens) are skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String key) {
        record(type, key, null, null);
    }

    /**
     * The same, knowing the resource before and after the write (its views with lang=*, null where it
     * did not exist): those that show it are looked at only when what they show of it changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String key, Object before, Object after) {
        ChangeSource source = sources().get(type);
        if (source == null) {
            return;
        }
        String changed = source.keyOf(key);
        List<Pending> pending = new ArrayList<>();
        compare(source, changed).ifPresent(pending::add);
        if (before == null || after == null || !java.util.Objects.equals(source.shown(before), source.shown(after))) {
            for (ChangeSource other : sources().values()) {
                for (String shown : other.showing(type, changed)) {
                    compare(other, shown).ifPresent(pending::add);
                }
            }
        }
        DataVersion.Stamp stamp = versions.bump();
        pending.forEach(change -> fire(insert(change.source(), change.key(), change.action(), change.etag(), stamp)));
    }

    /** A change found, to be numbered once the data version's lock is held. */
    private record Pending(ChangeSource source, String key, ChangeAction action, String etag) {
    }

    /**
     * After an import replaced the data: every cursor given so far expires, and the log starts again
     * from what is public now, as the first sync of a new client would see it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restart() {
        DataVersion.Stamp stamp = versions.bump();
        changes.raiseHorizon(changes.maxSeq() + 1);
        changes.deleteAll();
        for (ChangeSource source : sources().values()) {
            for (String key : source.publicKeys()) {
                source.publicView(key).ifPresent(view -> insert(source, key, ChangeAction.CREATED, etag(view), stamp));
            }
        }
        recorded.fire(ChangeRecorded.reset());
    }

    /**
     * Removes tombstones, and changes that a later one superseded, older than a time; cursors from
     * before a removed tombstone expire. Moves the data version, so that no cached page of the feed
     * outlives what it listed.
     */
    @Transactional
    public long prune(Instant olderThan) {
        long tombstone = changes.lastTombstoneBefore(olderThan);
        long removed = changes.pruneBefore(olderThan);
        if (removed > 0) {
            changes.raiseHorizon(tombstone);
            versions.bump();
        }
        return removed;
    }

    /** The record of a stored change, as the feed lists it. */
    public ChangeRecord toRecord(ChangeEntry entry) {
        ChangeSource source = sources().get(entry.resourceType);
        return new ChangeRecord(entry.resourceType, entry.resourceKey, entry.action, source.path(entry.resourceKey),
                entry.etag, entry.changedAt);
    }

    /** The current ETag of a public resource read with lang=*, if it is public. */
    public Optional<String> currentEtag(String type, String key) {
        return sources().get(type).publicView(key).map(this::etag);
    }

    /** What changed for anonymous readers of a resource since the log last spoke of it, if anything did. */
    private Optional<Pending> compare(ChangeSource source, String key) {
        Optional<? extends Versioned> view = source.publicView(key);
        Optional<ChangeEntry> last = changes.last(source.type(), key);
        boolean wasPublic = last.isPresent() && last.get().action != ChangeAction.DELETED;
        if (view.isPresent()) {
            String etag = etag(view.get());
            if (wasPublic && etag.equals(last.get().etag)) {
                return Optional.empty(); // not a byte that a reader sees changed
            }
            return Optional.of(new Pending(source, key, wasPublic ? ChangeAction.UPDATED : ChangeAction.CREATED, etag));
        }
        return wasPublic ? Optional.of(new Pending(source, key, ChangeAction.DELETED, null)) : Optional.empty();
    }

    private ChangeEntry insert(ChangeSource source, String key, ChangeAction action, String etag,
            DataVersion.Stamp stamp) {
        ChangeEntry entry = new ChangeEntry();
        entry.resourceType = source.type();
        entry.resourceKey = key;
        entry.action = action;
        entry.etag = etag;
        entry.dataVersion = stamp.version();
        entry.changedAt = stamp.changedAt();
        changes.persist(entry);
        return entry;
    }

    private void fire(ChangeEntry entry) {
        recorded.fire(new ChangeRecorded(toRecord(entry)));
    }

    /** The ETag a read with lang=* answers (ReadFinisher): the same bytes, the same tag. */
    private String etag(Versioned view) {
        try {
            return Validators.of(view.version(), null, json.writeValueAsBytes(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + view.getClass().getSimpleName(), e);
        }
    }

    private Map<String, ChangeSource> sources() {
        if (sources == null) {
            Map<String, ChangeSource> byType = new LinkedHashMap<>();
            sourceBeans.forEach(source -> byType.put(source.type(), source));
            sources = byType;
        }
        return sources;
    }
}
