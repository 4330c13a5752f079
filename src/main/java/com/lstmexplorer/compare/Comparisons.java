package com.lstmexplorer.compare;

import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.owners.Owner;
import com.lstmexplorer.runs.Run;
import com.lstmexplorer.runs.RunService;
import com.lstmexplorer.runs.RunSettings;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Starts comparisons and finds them, live or saved. A live comparison is its member runs, started together (all or
 * none) and trained in lockstep on one pool thread, each an ordinary run; this instance remembers the latest
 * {@code lstm-explorer.runs.max-kept} comparisons, in memory, as it remembers runs. Its id is 128 random bits; it
 * belongs to whoever started it (only they stop it), and anyone with the id may look at it and save it.
 */
@Service
class Comparisons {
    /** A live comparison: the runs of its cells, in the order asked for. */
    record Live(String id, String task, ComparisonConfig config, List<CellType> cells, List<String> runs, Owner owner,
                Instant createdAt) {
        boolean ownedBy(Owner viewer) {
            return owner != null && owner.is(viewer);
        }
    }

    private final RunService runs;
    private final SavedComparisons saved;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Live> live;

    Comparisons(RunService runs, SavedComparisons saved, RunSettings settings) {
        this.runs = runs;
        this.saved = saved;
        this.live = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Live> eldest) {
                return size() > settings.maxKept();
            }
        };
    }

    /** Checks everything, then starts every member's run or none (400 naming the field, 429 when the pool is full). */
    Live start(ComparisonRequest request, Owner owner) {
        List<CellType> cells = request.cellTypes();
        List<Run> started = runs.startTogether(request.runRequest(), cells, owner);
        Live comparison = new Live(newId(), started.get(0).task().id(), ComparisonConfig.of(started.get(0).config()),
                cells, started.stream().map(Run::id).toList(), owner, Instant.now());
        synchronized (live) {
            live.put(comparison.id(), comparison);
        }
        return comparison;
    }

    /** The comparison, live or saved, as {@code viewer} sees it; 404 naming the id. */
    ComparisonView view(String id, Owner viewer) {
        Optional<Live> comparison = findLive(id);
        if (comparison.isPresent()) {
            return view(comparison.get(), viewer);
        }
        return saved.view(id, viewer).orElseThrow(() -> notFound(id));
    }

    ComparisonView view(Live c, Owner viewer) {
        List<MemberView> members = new ArrayList<>();
        for (int k = 0; k < c.cells().size(); k++) {
            String runId = c.runs().get(k);
            try {
                members.add(MemberView.of(c.cells().get(k), runs.get(runId).view()));
            } catch (ResponseStatusException gone) {
                members.add(MemberView.gone(c.cells().get(k), runId, gone.getReason()));
            }
        }
        return new ComparisonView(c.id(), false, c.task(), c.config(), members, c.createdAt(), c.ownedBy(viewer),
                ComparisonView.pageOf(c.id()));
    }

    /**
     * Saves a live comparison as it is now (each member's network as a snapshot, for {@code owner}); a saved one
     * saved again makes {@code owner} one of its owners. Every member's run must still be here: otherwise 404 or 410
     * naming it, and nothing is saved.
     */
    SavedComparison save(String id, Owner owner) {
        Optional<Live> comparison = findLive(id);
        if (comparison.isEmpty()) {
            return saved.saveAgain(id, owner).orElseThrow(() -> notFound(id));
        }
        Live c = comparison.get();
        List<Run> members = c.runs().stream().map(runs::get).toList();
        return saved.save(c.task(), c.config(), c.cells(), members, owner);
    }

    /** Stops every member still training; only the comparison's owner may (403), and only a live one (409). */
    ComparisonView stop(String id, Owner caller) {
        Live c = findLive(id).orElseThrow(() -> saved.view(id, caller).isPresent()
                ? new ResponseStatusException(HttpStatus.CONFLICT, "comparison '" + id + "' is a saved one: it trains"
                        + " no more, so there is nothing to stop")
                : notFound(id));
        if (!c.ownedBy(caller)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the client that started comparison '" + id
                    + "' can stop it (a link lets others watch and save it, not stop it)");
        }
        for (String runId : c.runs()) {
            try {
                runs.stop(runId, caller); // an ended run is left as it is
            } catch (ResponseStatusException e) {
                if (e.getStatusCode() != HttpStatus.NOT_FOUND && e.getStatusCode() != HttpStatus.GONE) {
                    throw e;
                } // deleted or forgotten: nothing to stop
            }
        }
        return view(c, caller);
    }

    private Optional<Live> findLive(String id) {
        synchronized (live) {
            return Optional.ofNullable(live.get(id));
        }
    }

    private static ResponseStatusException notFound(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no comparison with id '" + id + "': it was never"
                + " started or saved here, or this server has forgotten it (a live comparison is kept in memory only;"
                + " save it to keep it)");
    }

    private String newId() {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }
}
