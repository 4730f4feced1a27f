package eu.twinning.change;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ChangeRepository implements PanacheRepositoryBase<ChangeEntry, Long> {

    /** A later change of the same resource than c. */
    private static final String SUPERSEDED = "select 1 from ChangeEntry later where later.resourceType = "
            + "c.resourceType and later.resourceKey = c.resourceKey and later.seq > c.seq";

    /** The last change recorded of a resource. */
    public Optional<ChangeEntry> last(String type, String key) {
        return find("resourceType = ?1 and resourceKey = ?2 order by seq desc", type, key).firstResultOptional();
    }

    /**
     * The changes after a position, each resource's last only (a reader wants where a resource is,
     * not every step it took there), in commit order.
     */
    public List<ChangeEntry> latestAfter(long after, int limit) {
        return find("from ChangeEntry c where c.seq > ?1 and not exists (" + SUPERSEDED + ") order by c.seq", after)
                .page(0, limit).list();
    }

    public long maxSeq() {
        Long max = getEntityManager().createQuery("select max(seq) from ChangeEntry", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Cursors before this position are expired. */
    public long horizon() {
        return ((Number) getEntityManager().createNativeQuery("SELECT pruned_through FROM change_horizon WHERE id = 1")
                .getSingleResult()).longValue();
    }

    public void raiseHorizon(long seq) {
        getEntityManager().createNativeQuery("UPDATE change_horizon SET pruned_through = ?1 WHERE id = 1 "
                + "AND pruned_through < ?1").setParameter(1, seq).executeUpdate();
    }

    /** The newest tombstone older than a time: pruning it expires the cursors before it. */
    public long lastTombstoneBefore(Instant time) {
        Long max = getEntityManager().createQuery("select max(seq) from ChangeEntry where action = ?1 "
                + "and changedAt < ?2", Long.class).setParameter(1, ChangeAction.DELETED).setParameter(2, time)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    /** Removes, older than a time, the tombstones and the changes a later one superseded. */
    public long pruneBefore(Instant time) {
        return getEntityManager().createQuery("delete from ChangeEntry c where c.changedAt < ?1 and (c.action = ?2 "
                + "or exists (" + SUPERSEDED + "))").setParameter(1, time).setParameter(2, ChangeAction.DELETED)
                .executeUpdate();
    }
}
