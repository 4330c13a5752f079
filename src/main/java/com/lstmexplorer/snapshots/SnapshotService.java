package com.lstmexplorer.snapshots;

import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.owners.Owner;
import com.lstmexplorer.sequences.SequenceLimits;
import com.lstmexplorer.snapshots.format.Snapshot;
import com.lstmexplorer.snapshots.format.SnapshotFormat;
import com.lstmexplorer.snapshots.format.SnapshotJson;
import com.lstmexplorer.snapshots.format.SnapshotSource;
import com.lstmexplorer.snapshots.ownership.SnapshotOwnership;
import com.lstmexplorer.snapshots.store.SavedSnapshot;
import com.lstmexplorer.snapshots.store.SnapshotRepository;
import com.lstmexplorer.snapshots.store.SnapshotSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves, imports and finds snapshots: the format checks what comes in, the store keeps it, ownership records who
 * saved it. Whatever is stored has been checked to rebuild into a working network; a snapshot that fails a check
 * is reported (IllegalArgumentException naming the problem) and nothing is stored. A save for an {@link Owner}
 * makes them one of its owners; a save without one stores a snapshot of unknown owner, as every snapshot was
 * before owners existed.
 */
@Service
public class SnapshotService {
    private final SnapshotRepository repository;
    private final SnapshotOwnership ownership;
    private final SnapshotSettings settings;
    private final SnapshotFormat format;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    SnapshotService(SnapshotRepository repository, SnapshotOwnership ownership, SnapshotSettings settings,
                    SequenceLimits sequenceLimits, TransactionTemplate transactions) {
        this.repository = repository;
        this.ownership = ownership;
        this.settings = settings;
        this.transactions = transactions;
        this.format = new SnapshotFormat(sequenceLimits);
    }

    /**
     * Saves a trained network and makes {@code owner} (null: nobody known) one of its owners: the same network
     * always gets the same id and is stored once.
     */
    public SavedSnapshot save(SnapshotSource source, Owner owner) {
        Snapshot snapshot = format.of(source, clock.instant());
        return SavedSnapshot.of(snapshot.id(), store(snapshot, owner));
    }

    /** Imports a snapshot from its JSON (as {@code GET /api/snapshots/{id}} gives it), after checking it, for {@code owner}. */
    SavedSnapshot importJson(byte[] json, Owner owner) {
        Snapshot snapshot = format.read(json, clock.instant());
        return SavedSnapshot.of(snapshot.id(), store(snapshot, owner));
    }

    /** Saves a trained network as the seed network of its task: snapshot and seed mark, both or neither. */
    public SavedSnapshot saveSeed(SnapshotSource source) {
        Snapshot snapshot = format.of(source, clock.instant());
        return transactions.execute(status -> {
            boolean created = store(snapshot, null);
            repository.markSeed(snapshot.task(), snapshot.id());
            return SavedSnapshot.of(snapshot.id(), created);
        });
    }

    public Optional<String> seedOf(String task) {
        return repository.seedOf(task);
    }

    /** The snapshot's canonical JSON, byte for byte as stored; 410 (an exception) if its last owner deleted it. */
    Optional<byte[]> json(String id) {
        return repository.body(id);
    }

    /** True if the snapshot was deleted by its last owner (and not stored again since). */
    public boolean deleted(String id) {
        return repository.deleted(id);
    }

    /** The stored snapshot; 410 (an exception) if its last owner deleted it. */
    public Optional<Snapshot> find(String id) {
        return json(id).map(SnapshotJson::read);
    }

    /**
     * What {@code viewer} (null: a client without an owner key) may list: the seed networks, their own, those
     * published by their owners, and those of unknown owner unless {@code list-unowned} is off; seeds first.
     */
    List<SnapshotSummary> listFor(Owner viewer, int limit) {
        return sorted(repository.list(viewer == null ? "" : viewer.hash(), settings.listUnowned(), limit));
    }

    private static List<SnapshotSummary> sorted(List<SnapshotSummary> summaries) {
        List<SnapshotSummary> list = new ArrayList<>(summaries);
        List<String> taskOrder = SeedTasks.ids();
        list.sort(Comparator.comparingInt(s -> s.seedOf() == null ? taskOrder.size() : taskOrder.indexOf(s.seedOf())));
        return list;
    }

    /**
     * Stores the snapshot unless stored already, and adds {@code owner} to its owners, in one transaction; true
     * if this call stored the snapshot. When another transaction gets in the way (the same network saved at the
     * same moment, which PostgreSQL reports by failing the transaction, or its last owner deleting it, so that
     * the owner row cannot refer to it) the save is tried once more, and then finds or stores it anew.
     */
    private boolean store(Snapshot snapshot, Owner owner) {
        byte[] json = SnapshotJson.write(snapshot);
        try {
            return storeOnce(snapshot, json, owner);
        } catch (DataAccessException raced) {
            return storeOnce(snapshot, json, owner);
        }
    }

    private boolean storeOnce(Snapshot snapshot, byte[] json, Owner owner) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            boolean created = repository.insertIfAbsent(snapshot, json, owner == null);
            if (owner != null) {
                ownership.add(snapshot.id(), owner);
            }
            return created;
        }));
    }
}
