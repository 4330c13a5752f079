package com.lstmexplorer.compare;

import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.owners.Owner;
import com.lstmexplorer.runs.Run;
import com.lstmexplorer.runs.RunSnapshots;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saves comparisons and finds saved ones. A save stores each member's network as an ordinary snapshot (through
 * the runs' own save, so it opens at {@code /s/{id}} like any other), then the comparison itself with the members'
 * snapshot ids and progress, and its saver as an owner, in one transaction.
 */
@Service
class SavedComparisons {
    private final ComparisonRepository repository;
    private final RunSnapshots snapshots;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    SavedComparisons(ComparisonRepository repository, RunSnapshots snapshots, TransactionTemplate transactions,
                     JsonMapper json) {
        this.repository = repository;
        this.snapshots = snapshots;
        this.transactions = transactions;
        this.json = json;
    }

    /** Saves the comparison of {@code runs} (one per cell, in order) as they are now, for {@code owner}. */
    SavedComparison save(String task, ComparisonConfig config, List<CellType> cells, List<Run> runs, Owner owner) {
        List<MemberView> members = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            Run run = runs.get(k);
            MemberView now = MemberView.of(cells.get(k), run.view());
            members.add(now.savedAs(snapshots.save(run, null, owner).id()));
        }
        String id = ComparisonIds.idOf(task, config, members);
        String body = json.writeValueAsString(new StoredComparison(task, config, members, clock.instant()));
        boolean created;
        try {
            created = store(id, task, body, owner);
        } catch (DataAccessException raced) { // the same comparison saved at the same moment (PostgreSQL fails it)
            created = store(id, task, body, owner);
        }
        return SavedComparison.of(id, created, members);
    }

    /** A saved comparison saved again: {@code owner} becomes one of its owners; empty if there is none by that id. */
    Optional<SavedComparison> saveAgain(String id, Owner owner) {
        return find(id).map(stored -> {
            if (owner != null) {
                transactions.executeWithoutResult(status -> repository.addOwner(id, owner.hash(), clock.instant()));
            }
            return SavedComparison.of(id, false, stored.members());
        });
    }

    Optional<ComparisonView> view(String id, Owner viewer) {
        return find(id).map(stored -> stored.view(id, viewer != null && repository.owns(id, viewer.hash())));
    }

    private Optional<StoredComparison> find(String id) {
        if (!ComparisonIds.looksLikeId(id)) {
            return Optional.empty();
        }
        return repository.body(id).map(body -> json.readValue(body, StoredComparison.class));
    }

    private boolean store(String id, String task, String body, Owner owner) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            boolean created = repository.insertIfAbsent(id, task, clock.instant(), body);
            if (owner != null) {
                repository.addOwner(id, owner.hash(), clock.instant());
            }
            return created;
        }));
    }
}
