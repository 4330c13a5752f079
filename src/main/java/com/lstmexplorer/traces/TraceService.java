package com.lstmexplorer.traces;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.sequences.SequenceInput;
import com.lstmexplorer.sequences.SequenceLimits;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Traces a network on sequences a user typed or uploaded, after checking them (limits, vocabulary):
 * every failure is an IllegalArgumentException naming the line and the problem (a 400 over HTTP).
 * Any endpoint that traces (runs, snapshots) uses this, so answers look the same everywhere.
 */
@Service
public class TraceService {
    private final SequenceLimits sequenceLimits;
    private final TraceLimits traceLimits;

    public TraceService(SequenceLimits sequenceLimits, TraceLimits traceLimits) {
        this.sequenceLimits = sequenceLimits;
        this.traceLimits = traceLimits;
    }

    /** {@code POST .../traces} with JSON {@code {"sequences": [...]}}. */
    public TracesResponse trace(Network network, TracesRequest request) {
        List<String> sequences = SequenceInput.fromList(request == null ? null : request.sequences(), sequenceLimits);
        return trace(network, sequences);
    }

    /** {@code POST .../traces} with a multipart {@code file} part: UTF-8 text, one sequence per line. */
    public TracesResponse trace(Network network, MultipartFile file) {
        return trace(network, SequenceInput.fromUpload(file, sequenceLimits));
    }

    /** Checks {@code sequences} against the network's vocabulary and the size limit, then traces them. */
    public TracesResponse trace(Network network, List<String> sequences) {
        SequenceInput.checkVocabulary(sequences, network.vocabulary());
        checkSize(sequences, network.shape());
        return TracesResponse.of(network, traceAll(network, sequences, TraceJson.DEFAULT_DECIMALS));
    }

    /**
     * {@code sequences} a user sent, once they pass the checks a traces request passes (limits, vocabulary,
     * the size of the answer), for an endpoint that traces them in its own way (e.g. under an ablation).
     */
    public List<String> checked(Network network, List<String> sequences) {
        List<String> checked = SequenceInput.fromList(sequences, sequenceLimits);
        SequenceInput.checkVocabulary(checked, network.vocabulary());
        checkSize(checked, network.shape());
        return checked;
    }

    /**
     * Traces without checks, for sequences the server chose itself (e.g. a task's probe sequences).
     * Several threads may trace one network at once, as long as nothing trains it meanwhile.
     */
    public static List<TraceJson> traceAll(Network network, List<String> sequences, int decimals) {
        return sequences.stream().map(s -> TraceJson.of(network.trace(s), decimals)).toList();
    }

    /** Fails naming the setting when tracing {@code sequences} would give more than max-values numbers. */
    void checkSize(List<String> sequences, NetworkShape shape) {
        int characters = sequences.stream().mapToInt(String::length).sum();
        long values = TraceJson.valueCount(characters, shape);
        if (values > traceLimits.maxValues()) {
            throw new IllegalArgumentException("tracing " + sequences.size() + " sequences of " + characters
                    + " characters in all on " + shape.layers() + " layer(s) of " + shape.hiddenSize()
                    + " neurons gives " + values + " numbers; the limit is " + traceLimits.maxValues()
                    + " (setting lstm-explorer.traces.max-values): send fewer or shorter sequences");
        }
    }
}
