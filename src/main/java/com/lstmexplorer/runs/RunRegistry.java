package com.lstmexplorer.runs;

import com.lstmexplorer.owners.Owner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The runs this server knows, oldest first: every queued or running run, and the latest ended ones
 * (at most {@code max-kept}; older ones are forgotten). Admission is decided here, under one lock, so
 * the number of unfinished runs never exceeds {@code max-concurrent + max-queued}.
 */
@Component
class RunRegistry {
    private final Map<String, Run> runs = new LinkedHashMap<>();
    private final Map<String, Boolean> deleted;
    private final RunSettings settings;

    RunRegistry(RunSettings settings) {
        this.settings = settings;
        this.deleted = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > settings.maxKept();
            }
        };
    }

    /** Adds {@code run}, or answers 429 when every training slot and queue place is taken. */
    void admit(Run run) {
        admit(List.of(run));
    }

    /** Adds all of {@code together} or, when they do not all fit, none of them (429). */
    synchronized void admit(List<Run> together) {
        long unfinished = runs.values().stream().filter(r -> !r.status().isFinal()).count();
        if (unfinished + together.size() > settings.maxConcurrent() + settings.maxQueued()) {
            String settingsNamed = "settings lstm-explorer.runs.max-concurrent=" + settings.maxConcurrent()
                    + " and max-queued=" + settings.maxQueued();
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "this server is busy: " + (together.size() == 1
                    ? unfinished + " runs are training or waiting, the most it allows (" + settingsNamed + ")"
                    : together.size() + " runs trained together need " + together.size() + " places and " + unfinished
                    + " runs are training or waiting, of at most " + (settings.maxConcurrent() + settings.maxQueued())
                    + " (" + settingsNamed + ")") + "; try again when one ends, or stop one");
        }
        together.forEach(run -> runs.put(run.id(), run));
    }

    /** Forgets a deleted run; its id answers 410 while one of the latest {@code max-kept} deletions. */
    synchronized void delete(Run run) {
        runs.remove(run.id());
        deleted.put(Owner.sha256(run.id()), Boolean.TRUE);
    }

    /** True if the run was deleted (only the id's hash is kept, nothing of the run). */
    synchronized boolean wasDeleted(String id) {
        return deleted.containsKey(Owner.sha256(id));
    }

    synchronized Optional<Run> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** Newest first. */
    synchronized List<Run> all() {
        List<Run> all = new ArrayList<>(runs.values());
        Collections.reverse(all);
        return all;
    }

    /** A run has ended: forget the oldest ended runs beyond {@code max-kept}. */
    synchronized void ended() {
        long ended = runs.values().stream().filter(r -> r.status().isFinal()).count();
        for (Iterator<Run> it = runs.values().iterator(); it.hasNext() && ended > settings.maxKept(); ) {
            if (it.next().status().isFinal()) {
                it.remove();
                ended--;
            }
        }
    }
}
