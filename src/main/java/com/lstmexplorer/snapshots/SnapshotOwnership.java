package com.lstmexplorer.snapshots;

import com.lstmexplorer.owners.Owner;
import java.time.Clock;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may do what with a snapshot. Its id comes from its weights, so everyone who saved the same network holds
 * the same snapshot; each holder has their own ownership and their own choice to publish it. Deleting removes
 * the caller's ownership; the network itself (its row) is deleted, and its link answers 410, only when nobody
 * else holds it: no other owner, not a seed network, not one of unknown owner.
 */
@Service
public class SnapshotOwnership {
    private final SnapshotRepository snapshots;
    private final SnapshotOwners owners;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    SnapshotOwnership(SnapshotRepository snapshots, SnapshotOwners owners, TransactionTemplate transactions) {
        this.snapshots = snapshots;
        this.owners = owners;
        this.transactions = transactions;
    }

    /** A snapshot as one client sees it: whether they own it and, if so, whether they published it. */
    public record View(String id, boolean mine, boolean published) {
    }

    public View of(String id, Owner viewer) {
        requireStored(id);
        Boolean published = owners.published(id, viewer).orElse(null);
        return new View(id, published != null, Boolean.TRUE.equals(published));
    }

    /** Publishes (or withdraws) the caller's copy in everyone's gallery; only an owner may. */
    public View publish(String id, Owner caller, boolean published) {
        requireOwner(id, caller, published ? "publish" : "unpublish");
        owners.publish(id, caller, published);
        return of(id, caller);
    }

    /**
     * Deletes the caller's copy; true if that deleted the snapshot itself (nobody else held it), which from
     * then on answers 410. If another owner saves the same network at that very moment, theirs is kept.
     */
    public boolean delete(String id, Owner caller) {
        requireOwner(id, caller, "delete");
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                owners.remove(id, caller);
                boolean deleted = snapshots.deleteIfUnheld(id);
                if (deleted) {
                    owners.bury(id, clock.instant());
                }
                return deleted;
            }));
        } catch (DataAccessException savedMeanwhile) {
            transactions.executeWithoutResult(status -> owners.remove(id, caller));
            return false;
        }
    }

    private void requireOwner(String id, Owner caller, String action) {
        requireStored(id);
        if (owners.published(id, caller).isEmpty()) {
            throw SnapshotProblems.notOwner(id, action, snapshots.ownedByTheServer(id));
        }
    }

    private void requireStored(String id) {
        if (!SnapshotIds.looksLikeId(id) || !snapshots.exists(id)) {
            throw SnapshotIds.looksLikeId(id) && owners.buried(id) ? SnapshotProblems.gone(id) : SnapshotProblems.unknown(id);
        }
    }
}
