package com.lstmexplorer.snapshots.ownership;

import com.lstmexplorer.owners.Owner;
import com.lstmexplorer.snapshots.store.SnapshotRepository;
import java.time.Clock;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

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
    record View(String id, boolean mine, boolean published) {
    }

    /** Makes {@code owner} one of the stored snapshot's owners (unpublished), unless they are one already. */
    public void add(String id, Owner owner) {
        owners.add(id, owner, clock.instant());
    }

    View of(String id, Owner viewer) {
        snapshots.requireStored(id);
        Boolean published = owners.published(id, viewer).orElse(null);
        return new View(id, published != null, Boolean.TRUE.equals(published));
    }

    /** Publishes (or withdraws) the caller's copy in everyone's gallery; only an owner may. */
    View publish(String id, Owner caller, boolean published) {
        requireOwner(id, caller, published ? "publish" : "unpublish");
        owners.publish(id, caller, published);
        return of(id, caller);
    }

    /**
     * Deletes the caller's copy; true if that deleted the snapshot itself (nobody else held it), which from
     * then on answers 410. If another owner saves the same network at that very moment, theirs is kept.
     */
    boolean delete(String id, Owner caller) {
        requireOwner(id, caller, "delete");
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                owners.remove(id, caller);
                return snapshots.deleteIfUnheld(id);
            }));
        } catch (DataAccessException savedMeanwhile) {
            transactions.executeWithoutResult(status -> owners.remove(id, caller));
            return false;
        }
    }

    private void requireOwner(String id, Owner caller, String action) {
        snapshots.requireStored(id);
        if (owners.published(id, caller).isEmpty()) {
            throw notOwner(id, action, snapshots.ownedByTheServer(id));
        }
    }

    /** 403: the caller may open the snapshot (its link is enough) but not change it. */
    private static ResponseStatusException notOwner(String id, String action, boolean ownedByTheServer) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, (ownedByTheServer
                ? "snapshot '" + id + "' is a seed network or was saved before owners existed: nobody can " + action
                + " it through the API"
                : "only a client that saved snapshot '" + id + "' can " + action + " it")
                + " (its link lets anyone open, probe, download and import it, not " + action + " it)");
    }
}
