package com.lstmexplorer.snapshots;

import com.lstmexplorer.model.NamedMatrix;
import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.owners.Owner;
import com.lstmexplorer.sequences.SequenceLimits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves, imports and finds snapshots. Whatever is stored has been checked to rebuild into a working
 * network; a snapshot that fails a check is reported (IllegalArgumentException naming the problem) and
 * nothing is stored. A save for an {@link Owner} makes them one of its owners (see {@link SnapshotOwnership});
 * a save without one stores a snapshot of unknown owner, as every snapshot was before owners existed.
 */
@Service
public class SnapshotService {
    private final SnapshotRepository repository;
    private final SnapshotOwners owners;
    private final SnapshotSettings settings;
    private final SnapshotTasks tasks;
    private final SnapshotReader reader;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    SnapshotService(SnapshotRepository repository, SnapshotOwners owners, SnapshotSettings settings,
                    SequenceLimits sequenceLimits, TransactionTemplate transactions) {
        this.repository = repository;
        this.owners = owners;
        this.settings = settings;
        this.transactions = transactions;
        this.tasks = new SnapshotTasks(sequenceLimits);
        this.reader = new SnapshotReader(tasks);
    }

    /** Saves a trained network for nobody in particular: the same network always gets the same id and is stored once. */
    public SavedSnapshot save(SnapshotSource source) {
        return save(source, null);
    }

    /** Saves a trained network and makes {@code owner} (null: nobody known) one of its owners. */
    public SavedSnapshot save(SnapshotSource source, Owner owner) {
        Snapshot snapshot = snapshotOf(source);
        return SavedSnapshot.of(snapshot.id(), store(snapshot, owner));
    }

    /** Imports a snapshot from its JSON (as {@code GET /api/snapshots/{id}} gives it), after checking it, for {@code owner}. */
    public SavedSnapshot importJson(byte[] json, Owner owner) {
        Snapshot snapshot = reader.read(json, clock.instant());
        networkOf(snapshot);
        return SavedSnapshot.of(snapshot.id(), store(snapshot, owner));
    }

    /** Saves a trained network as the seed network of its task: snapshot and seed mark, both or neither. */
    public SavedSnapshot saveSeed(SnapshotSource source) {
        Snapshot snapshot = snapshotOf(source);
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
    public Optional<byte[]> json(String id) {
        Optional<byte[]> body = SnapshotIds.looksLikeId(id) ? repository.body(id) : Optional.empty();
        if (body.isEmpty() && SnapshotIds.looksLikeId(id) && owners.buried(id)) {
            throw SnapshotProblems.gone(id);
        }
        return body;
    }

    /** True if the snapshot was deleted by its last owner (and not stored again since). */
    public boolean deleted(String id) {
        return SnapshotIds.looksLikeId(id) && !repository.exists(id) && owners.buried(id);
    }

    public Optional<Snapshot> find(String id) {
        return json(id).map(SnapshotJson::read);
    }

    /** The snapshot's network, rebuilt from its weights. */
    public Optional<Network> network(String id) {
        return find(id).map(SnapshotService::networkOf);
    }

    /** At most {@code limit} snapshots, whoever owns them: the seed networks first in task order, then the newest first. */
    public List<SnapshotSummary> list(int limit) {
        return sorted(repository.list(null, true, limit));
    }

    /**
     * What {@code viewer} (null: a client without an owner key) may list: the seed networks, their own, those
     * published by their owners, and those of unknown owner unless {@code list-unowned} is off; seeds first.
     */
    public List<SnapshotSummary> listFor(Owner viewer, int limit) {
        return sorted(repository.list(viewer == null ? "" : viewer.hash(), settings.listUnowned(), limit));
    }

    private static List<SnapshotSummary> sorted(List<SnapshotSummary> summaries) {
        List<SnapshotSummary> list = new ArrayList<>(summaries);
        List<String> taskOrder = SeedTasks.ids();
        list.sort(Comparator.comparingInt(s -> s.seedOf() == null ? taskOrder.size() : taskOrder.indexOf(s.seedOf())));
        return list;
    }

    long count() {
        return repository.count();
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
            if (created) {
                owners.unbury(snapshot.id());
            }
            if (owner != null) {
                owners.add(snapshot.id(), owner, clock.instant());
            }
            return created;
        }));
    }

    private Snapshot snapshotOf(SnapshotSource source) {
        Network network = source.network();
        List<String> vocabulary = tasks.vocabulary(source.task(), network.vocabulary().symbols());
        NetworkShape shape = network.shape();
        SnapshotConfig config = source.training() == null
                ? new SnapshotConfig(shape.cell().name(), shape.layers(), shape.hiddenSize(), null, null, null, null)
                : SnapshotConfig.of(shape, source.training());
        List<NamedMatrix> weights = network.parameters();
        for (NamedMatrix w : weights) {
            for (double v : w.values()) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("parameter " + w.name() + " holds " + v
                            + ": training diverged, and a network with non-finite weights cannot be saved");
                }
            }
        }
        String title = source.title() == null || source.title().isBlank()
                ? SnapshotTasks.defaultTitle(source.task(), config) : source.title().strip();
        if (title.length() > SnapshotReader.MAX_TITLE) {
            throw new IllegalArgumentException("the title has " + title.length() + " characters; the limit is "
                    + SnapshotReader.MAX_TITLE);
        }
        SnapshotMetrics metrics = source.metrics() == null ? SnapshotMetrics.UNKNOWN : source.metrics();
        List<String> probes = tasks.probes(source.probes(), network.vocabulary());
        String id = SnapshotIds.idOf(source.task(), vocabulary, config, weights);
        return new Snapshot(Snapshot.FORMAT_VERSION, id, source.task(), title, vocabulary, config, metrics, probes,
                clock.instant(), weights);
    }

    /** Rebuilds the network; the engine names the first missing, misshapen or unexpected parameter. */
    public static Network networkOf(Snapshot snapshot) {
        SnapshotConfig c = snapshot.config();
        try {
            return Network.fromParameters(snapshot.vocabularyOfNetwork(), c.toShape(), snapshot.weights());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the weights do not fit a " + c.layers() + "-layer " + c.cell()
                    + " with " + c.hiddenSize() + " neurons per layer over vocabulary "
                    + snapshot.vocabularyOfNetwork() + ": " + e.getMessage());
        }
    }
}
