package com.lstmexplorer.analysis;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.analysis.Ablation;
import com.lstmexplorer.model.analysis.AblationMode;
import com.lstmexplorer.model.analysis.Analyser;
import com.lstmexplorer.model.analysis.Judgement;
import com.lstmexplorer.model.analysis.NetworkAnalysis;
import com.lstmexplorer.model.analysis.NeuronRef;
import com.lstmexplorer.model.analysis.Subject;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.networks.ReadableNetwork;
import com.lstmexplorer.runs.Run;
import com.lstmexplorer.snapshots.format.Snapshot;
import com.lstmexplorer.traces.QuantityDescription;
import com.lstmexplorer.traces.TraceJson;
import com.lstmexplorer.traces.TraceService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Runs the engine's analysis and ablations on a network {@code networks.NetworkResolver} found (a run's as it is
 * now, or a snapshot's), on the caller's thread: a run's published network is a copy training never
 * touches. A snapshot never changes, so its analysis is computed once and kept ({@code cache-size}).
 */
@Service
class AnalysisService {
    private final TraceService traces;
    private final AnalysisSettings settings;
    private final Map<String, NetworkAnalysis> cache;

    AnalysisService(TraceService traces, AnalysisSettings settings) {
        this.traces = traces;
        this.settings = settings;
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, NetworkAnalysis> eldest) {
                return size() > settings.cacheSize();
            }
        });
    }

    /** What to analyse the network against: a run's task and probes, or those the snapshot was saved with. */
    AnalysisTarget target(ReadableNetwork network) {
        if (network instanceof ReadableNetwork.OfRun run) {
            return runTarget(run.run());
        }
        ReadableNetwork.OfSnapshot snapshot = (ReadableNetwork.OfSnapshot) network;
        return snapshotTarget(snapshot.snapshot(), snapshot.network());
    }

    private AnalysisTarget runTarget(Run run) {
        Run.Published published = run.published();
        Subject subject = Subject.of(run.task(), run.probes(), settings.judgedCharacters());
        return new AnalysisTarget(run.id(), run.task().id(), published.step(), published.network(), subject,
                run.probes());
    }

    private AnalysisTarget snapshotTarget(Snapshot snapshot, Network network) {
        if (Snapshot.CUSTOM_TASK.equals(snapshot.task())) {
            if (snapshot.probes() == null || snapshot.probes().isEmpty()) {
                throw new NotAnalysable("snapshot " + snapshot.id() + " is a network of custom data that carries no"
                        + " sequences (its \"probes\" are empty), so there is nothing to analyse it on");
            }
            return new AnalysisTarget(snapshot.id(), snapshot.task(), null, network, Subject.custom(snapshot.probes()),
                    snapshot.probes());
        }
        Subject subject = Subject.of(SeedTasks.byId(snapshot.task()));
        List<String> probes = snapshot.probes() != null ? snapshot.probes()
                : subject.probes().subList(0, Math.min(settings.defaultTraceSequences(), subject.probes().size()));
        return new AnalysisTarget(snapshot.id(), snapshot.task(), null, network, subject, probes);
    }

    NetworkAnalysis analysis(AnalysisTarget target) {
        if (target.step() != null) {
            return Analyser.analyse(target.network(), target.subject());
        }
        // Not computeIfAbsent: that would hold the map's lock, one analysis at a time, while the engine works.
        NetworkAnalysis cached = cache.get(target.id());
        if (cached != null) {
            return cached;
        }
        NetworkAnalysis analysis = Analyser.analyse(target.network(), target.subject());
        cache.put(target.id(), analysis);
        return analysis;
    }

    AblateResponse ablate(AnalysisTarget target, AblateRequest request) {
        if (request == null || request.neurons() == null) {
            throw new IllegalArgumentException("name the neurons to ablate: {\"neurons\": [{\"layer\": 0, \"neuron\": 3}],"
                    + " \"mode\": \"zero\"}");
        }
        if (request.neurons().size() > settings.maxAblatedNeurons()) {
            throw new IllegalArgumentException("an ablation may hold at most " + settings.maxAblatedNeurons()
                    + " neurons (setting lstm-explorer.analysis.max-ablated-neurons); got " + request.neurons().size());
        }
        AblationMode mode = request.mode() == null ? AblationMode.ZERO : AblationMode.fromId(request.mode());
        Ablation ablation = new Ablation(neurons(request.neurons()), mode, request.value(),
                request.fromStep() == null ? 0 : request.fromStep());
        List<String> sequences = request.sequences() == null
                ? target.probes().subList(0, Math.min(settings.defaultTraceSequences(), target.probes().size()))
                : traces.checked(target.network(), request.sequences());
        Analyser.Ablated ablated = Analyser.ablate(target.network(), target.subject(), ablation, sequences);
        Judgement baseline = target.step() == null ? analysis(target).baseline()
                : target.subject().judge().judge(target.network(), null);
        Judgement j = ablated.judgement();
        List<TraceJson> traced = ablated.traces().traces().stream().map(TraceJson::of).toList();
        return new AblateResponse(target.id(), target.task(), target.step(), ablation.neurons(), mode.id(),
                ablation.value(), ablation.fromStep(), AblateResponse.Baseline.of(baseline), j.accuracy(), j.loss(),
                j.failed(), j.failures(), target.subject().judge().accuracyMeaning(),
                QuantityDescription.of(target.network().shape().cell().spec()), traced);
    }

    private static List<NeuronRef> neurons(List<AblateRequest.Neuron> given) {
        List<NeuronRef> out = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            AblateRequest.Neuron n = given.get(i);
            if (n == null || n.layer() == null || n.neuron() == null) {
                throw new IllegalArgumentException("neurons[" + i + "] needs both \"layer\" and \"neuron\" (numbers from 0),"
                        + " got " + n);
            }
            out.add(new NeuronRef(n.layer(), n.neuron()));
        }
        return out;
    }

    /** A network that cannot be analysed as it is (answered 409). */
    static final class NotAnalysable extends RuntimeException {
        NotAnalysable(String message) {
            super(message);
        }
    }
}
