package eu.twinning.change;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.twinning.problem.ProblemException;
import eu.twinning.problem.ProblemTypes;

/** Reads the change feed: a first sync, then the changes after a cursor. */
@ApplicationScoped
public class ChangeFeed {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;

    private final ChangeRepository changes;
    private final ChangeLog log;

    public ChangeFeed(ChangeRepository changes, ChangeLog log) {
        this.changes = changes;
        this.log = log;
    }

    /**
     * A page of changes after the cursor (each resource's last), or, without one, of a first sync:
     * every public resource, then the changes made meanwhile. During a first sync the tombstones of
     * what was deleted before it began are left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangePage read(ChangeCursor since, int size) {
        // During a first sync, tombstones up to where it began are of nothing the client has: only later ones count.
        if (since != null && Math.max(since.after(), since.firstSyncEnd()) < changes.horizon()) {
            throw new ProblemException(410, ProblemTypes.SYNC_EXPIRED, "Cursor expired",
                    "Changes after this cursor are no longer kept (tombstones are pruned after the retention "
                            + "time, and an import starts the feed again): sync from scratch, without since, and "
                            + "replace your copy", null);
        }
        // A first sync begins at the last change kept, or where pruning or an import left the feed, if later.
        ChangeCursor cursor = since != null ? since : new ChangeCursor(0, Math.max(changes.maxSeq(), changes.horizon()));
        List<ChangeEntry> rows = changes.latestAfter(cursor.after(), size + 1);
        boolean hasMore = rows.size() > size;
        List<ChangeEntry> page = hasMore ? rows.subList(0, size) : rows;
        List<ChangeRecord> items = new ArrayList<>(page.size());
        for (ChangeEntry row : page) {
            if (cursor.firstSync() && row.action == ChangeAction.DELETED && row.seq <= cursor.firstSyncEnd()) {
                continue;
            }
            items.add(row.etag == null && row.action != ChangeAction.DELETED ? seeded(row) : log.toRecord(row));
        }
        long after = page.isEmpty() ? cursor.after() : page.get(page.size() - 1).seq;
        return new ChangePage(items, new ChangeCursor(after, Math.max(after, cursor.firstSyncEnd())).encode(), hasMore);
    }

    /** A row of the migration that started the feed knows no ETag: the resource has not changed since, so its current one. */
    private ChangeRecord seeded(ChangeEntry row) {
        ChangeRecord record = log.toRecord(row);
        return new ChangeRecord(record.type(), record.key(), record.action(), record.link(),
                log.currentEtag(row.resourceType, row.resourceKey).orElse(null), record.changedAt());
    }
}
