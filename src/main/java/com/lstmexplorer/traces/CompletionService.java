package com.lstmexplorer.traces;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Sampling;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.sequences.SequenceInput;
import com.lstmexplorer.sequences.SequenceLimits;
import java.security.SecureRandom;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.stereotype.Service;

/**
 * Lets a network complete a typed prefix ({@code POST /api/runs/{id}/complete} and
 * {@code /api/snapshots/{id}/complete}): greedy, or sampled at a temperature with a seed, up to the end
 * marker or {@code maxChars}. Every bad field is an IllegalArgumentException naming it (a 400).
 */
@Service
public class CompletionService {
    static final String GREEDY = "greedy";
    static final String SAMPLE = "sample";

    private final SequenceLimits sequenceLimits;
    private final CompletionLimits limits;
    private final TraceService traces;
    private final SecureRandom seeds = new SecureRandom();

    public CompletionService(SequenceLimits sequenceLimits, CompletionLimits limits, TraceService traces) {
        this.sequenceLimits = sequenceLimits;
        this.limits = limits;
        this.traces = traces;
    }

    public CompletionResponse complete(Network network, CompletionRequest request) {
        if (request == null || request.prefix() == null || request.prefix().isEmpty()) {
            throw new IllegalArgumentException("no prefix given: send {\"prefix\": \"...\"} with at least one character"
                    + " for the network to continue");
        }
        String prefix = SequenceInput.fromList(List.of(request.prefix()), sequenceLimits).get(0);
        SequenceInput.checkVocabulary(List.of(prefix), network.vocabulary());
        String mode = request.mode() == null ? GREEDY : request.mode();
        int maxChars = maxChars(request.maxChars());
        traces.checkSize(List.of(prefix + "x".repeat(maxChars)), network.shape());
        String produced;
        Double temperature = null;
        Long seed = null;
        switch (mode) {
            case GREEDY -> {
                if (request.temperature() != null || request.seed() != null) {
                    throw new IllegalArgumentException("temperature and seed belong to mode 'sample'; mode 'greedy'"
                            + " always takes the most likely next character");
                }
                produced = network.greedyContinue(prefix, maxChars);
            }
            case SAMPLE -> {
                temperature = request.temperature() == null ? 1.0 : request.temperature();
                Sampling.checkTemperature(temperature);
                seed = request.seed() != null ? request.seed() : seeds.nextLong();
                produced = network.sampleContinue(prefix, maxChars, temperature, new SplittableRandom(seed));
            }
            default -> throw new IllegalArgumentException("mode must be '" + GREEDY + "' or '" + SAMPLE + "', got '"
                    + mode + "'");
        }
        boolean ended = produced.endsWith(String.valueOf(Vocabulary.END));
        String continuation = ended ? produced.substring(0, produced.length() - 1) : produced;
        TraceJson trace = TraceJson.of(network.trace(prefix + continuation));
        return new CompletionResponse(prefix, continuation, ended, prefix.length(), mode, temperature, seed,
                QuantityDescription.of(network.shape().cell().spec()), trace);
    }

    private int maxChars(Integer asked) {
        if (asked == null) {
            return limits.maxChars();
        }
        if (asked < 1 || asked > limits.maxChars()) {
            throw new IllegalArgumentException("maxChars must be between 1 and " + limits.maxChars()
                    + " on this server (setting lstm-explorer.completions.max-chars), got " + asked);
        }
        return asked;
    }
}
