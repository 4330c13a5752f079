package com.lstmexplorer.model.task;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Vocabulary;
import java.util.List;
import java.util.Optional;

/**
 * One of the four tasks of "Exploring LSTMs": a random part up to and including the
 * {@link #delimiter()}, then a part that is fully determined by what came before.
 * A network solves it when greedy decoding from the delimiter reproduces the determined part
 * (end marker included) for every case of the evaluation set.
 */
public abstract class SeedTask implements Task {
    private final String id;
    private final String title;
    private final String description;
    private final Vocabulary vocabulary;
    private final char delimiter;
    private final List<String> examples;
    private final TaskDefaults defaults;

    protected SeedTask(String id, String title, String description, String vocabulary, char delimiter,
                       List<String> examples, TaskDefaults defaults) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.vocabulary = Vocabulary.of(vocabulary);
        this.delimiter = delimiter;
        this.examples = List.copyOf(examples);
        this.defaults = defaults;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The character after which everything is determined; greedy decoding starts after it. */
    public char delimiter() {
        return delimiter;
    }

    @Override
    public List<String> examples() {
        return examples;
    }

    @Override
    public TaskDefaults defaults() {
        return defaults;
    }

    /** Accuracy per N (or M) past the training range; empty for copy, whose length is fixed. */
    public Optional<GeneralisationSweep> generalisation() {
        return Optional.empty();
    }

    /** What {@code decoder} writes after the delimiter of each of {@code cases}, beside what it should write. */
    public List<Continuation> continuations(List<String> cases, GreedyDecoder decoder) {
        return cases.stream().map(sequence -> GreedyJudge.continuation(decoder, sequence, delimiter)).toList();
    }

    /** Names of the variables {@link #latents(String)} returns, in order. */
    public abstract List<String> latentNames();

    @Override
    public Evaluation evaluate(Network network) {
        return evaluate(network::greedyContinue);
    }

    /** Accuracy = fraction of evaluation cases decoded exactly; solved = all of them. */
    public Evaluation evaluate(GreedyDecoder decoder) {
        List<String> cases = evaluationSet();
        int correct = GreedyJudge.countCorrect(decoder, cases, delimiter);
        return new Evaluation((double) correct / cases.size(), correct == cases.size());
    }
}
