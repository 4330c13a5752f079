package com.lstmexplorer.snapshots;

import com.lstmexplorer.model.NamedMatrix;
import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.sequences.SequenceLimits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves, imports and finds snapshots. Whatever is stored has been checked to rebuild into a working
 * network; a snapshot that fails a check is reported (IllegalArgumentException naming the problem) and
 * nothing is stored.
 */
@Service
public class SnapshotService {
    private final SnapshotRepository repository;
    private final SnapshotTasks tasks;
    private final SnapshotReader reader;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    SnapshotService(SnapshotRepository repository, SequenceLimits sequenceLimits, TransactionTemplate transactions) {
        this.repository = repository;
        this.transactions = transactions;
        this.tasks = new SnapshotTasks(sequenceLimits);
        this.reader = new SnapshotReader(tasks);
    }

    /** Saves a trained network: the same network always gets the same id and is stored once. */
    public SavedSnapshot save(SnapshotSource source) {
        Snapshot snapshot = snapshotOf(source);
        return SavedSnapshot.of(snapshot.id(), store(snapshot));
    }

    /** Imports a snapshot from its JSON (as {@code GET /api/snapshots/{id}} gives it), after checking it. */
    public SavedSnapshot importJson(byte[] json) {
        Snapshot snapshot = reader.read(json, clock.instant());
        networkOf(snapshot);
        return SavedSnapshot.of(snapshot.id(), store(snapshot));
    }

    /** Saves a trained network as the seed network of its task: snapshot and seed mark, both or neither. */
    SavedSnapshot saveSeed(SnapshotSource source) {
        Snapshot snapshot = snapshotOf(source);
        return transactions.execute(status -> {
            boolean created = store(snapshot);
            repository.markSeed(snapshot.task(), snapshot.id());
            return SavedSnapshot.of(snapshot.id(), created);
        });
    }

    public Optional<String> seedOf(String task) {
        return repository.seedOf(task);
    }

    /** The snapshot's canonical JSON, byte for byte as stored. */
    public Optional<byte[]> json(String id) {
        return SnapshotIds.looksLikeId(id) ? repository.body(id) : Optional.empty();
    }

    public Optional<Snapshot> find(String id) {
        return json(id).map(SnapshotJson::read);
    }

    /** The snapshot's network, rebuilt from its weights. */
    public Optional<Network> network(String id) {
        return find(id).map(SnapshotService::networkOf);
    }

    /** At most {@code limit} snapshots: the seed networks first in task order, then the newest first. */
    public List<SnapshotSummary> list(int limit) {
        List<SnapshotSummary> list = new ArrayList<>(repository.list(limit));
        List<String> taskOrder = SeedTasks.ids();
        list.sort(Comparator.comparingInt(s -> s.seedOf() == null ? taskOrder.size() : taskOrder.indexOf(s.seedOf())));
        return list;
    }

    long count() {
        return repository.count();
    }

    private boolean store(Snapshot snapshot) {
        return repository.insertIfAbsent(snapshot, SnapshotJson.write(snapshot));
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
    static Network networkOf(Snapshot snapshot) {
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
