package com.lstmexplorer.model.task;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Vocabulary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * A user's own lines as a task: a character language model that predicts each next character and the
 * end marker. Long lines are cut into pieces ({@link CustomPieces}); a tenth of the pieces (at least
 * one), chosen by the run's seed, is held back, and the network is judged by next-character accuracy
 * on them. There is no "solved" and there are no latent variables.
 */
public final class CustomTask implements Task {
    public static final String ID = "custom";
    public static final int VALIDATION_PERCENT = 10;
    /** Validation characters scored per evaluation, so that evaluating during training stays cheap. */
    public static final int EVALUATION_CHARS = 5_000;
    /** Longest piece a line is cut into. */
    public static final int WINDOW = CustomPieces.WINDOW;
    public static final TaskDefaults DEFAULTS = new TaskDefaults(1, 64, 0.01, 32, 3_000);
    private static final int PROBES = 8;

    private final Vocabulary vocabulary;
    private final int lines;
    private final List<String> examples;
    private final List<String> training;
    private final List<String> validation;

    private CustomTask(Vocabulary vocabulary, int lines, List<String> examples, List<String> training,
                       List<String> validation) {
        this.vocabulary = vocabulary;
        this.lines = lines;
        this.examples = examples;
        this.training = training;
        this.validation = validation;
    }

    /**
     * The task of {@code lines} (blank ones are ignored), its validation pieces chosen by {@code seed}.
     *
     * @throws IllegalArgumentException when there are fewer than two pieces to split
     */
    public static CustomTask of(List<String> lines, long seed) {
        List<String> pieces = CustomPieces.of(lines);
        if (pieces.size() < 2) {
            throw new IllegalArgumentException("a custom training set needs at least 2 sequences, one to train on"
                    + " and one held back for validation; got " + pieces.size());
        }
        List<String> shuffled = new ArrayList<>(pieces);
        Collections.shuffle(shuffled, new Random(seed)); // java.util.Random: the same split on every JVM
        int held = Math.max(1, Math.round(pieces.size() * VALIDATION_PERCENT / 100f));
        return new CustomTask(vocabularyOf(lines), (int) lines.stream().filter(l -> !l.isEmpty()).count(),
                List.copyOf(pieces.subList(0, Math.min(3, pieces.size()))),
                List.copyOf(shuffled.subList(held, shuffled.size())), List.copyOf(shuffled.subList(0, held)));
    }

    /** The distinct characters of {@code lines} in code-point order, then the end marker. */
    public static Vocabulary vocabularyOf(List<String> lines) {
        TreeSet<Character> chars = new TreeSet<>();
        lines.forEach(line -> line.chars().forEach(c -> chars.add((char) c)));
        chars.remove(Vocabulary.END);
        StringBuilder symbols = new StringBuilder();
        chars.forEach(symbols::append);
        return Vocabulary.of(symbols.append(Vocabulary.END).toString());
    }

    /** How many sequences {@code lines} make once long lines are cut into pieces. */
    public static int sequenceCount(List<String> lines) {
        return CustomPieces.count(lines);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Your own sequences";
    }

    @Override
    public String description() {
        return "A character model of your " + lines + " lines (" + (vocabulary.size() - 1) + " distinct characters):"
                + " it learns to predict each next character and the end of each line. " + validation.size()
                + " of " + (training.size() + validation.size()) + " sequences are held back to measure it"
                + (lines < training.size() + validation.size() ? " (lines over " + WINDOW + " characters are"
                + " cut into pieces)." : ".");
    }

    @Override
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public List<String> examples() {
        return examples;
    }

    @Override
    public TaskDefaults defaults() {
        return DEFAULTS;
    }

    /** The sequences trained on. */
    public List<String> training() {
        return training;
    }

    /** The sequences held back, in the seed's order. */
    public List<String> validation() {
        return validation;
    }

    /** A training sequence, uniformly. */
    @Override
    public String next(RandomGenerator random) {
        return training.get(random.nextInt(training.size()));
    }

    /** The probes shown live: the first validation sequences, then training ones if there are few. */
    @Override
    public List<String> evaluationSet() {
        List<String> probes = new ArrayList<>(validation.subList(0, Math.min(PROBES, validation.size())));
        probes.addAll(training.subList(0, Math.min(PROBES - probes.size(), training.size())));
        return probes;
    }

    /** Next-character accuracy and loss on the validation sequences (see {@link #score}); never solved. */
    @Override
    public Evaluation evaluate(Network network) {
        CustomScore score = score(network);
        return new Evaluation(score.accuracy(), false, OptionalDouble.of(score.loss()));
    }

    /**
     * Loss and accuracy on the validation sequences, in order, until {@value #EVALUATION_CHARS}
     * characters are scored (at least one sequence).
     */
    public CustomScore score(Network network) {
        Scoring scoring = new Scoring(network, null);
        Scoring.upTo(validation, EVALUATION_CHARS).forEach(scoring::read);
        return new CustomScore(scoring.meanLoss(), scoring.accuracy(), scoring.predictions());
    }

    @Override
    public Latents latents(String sequence) {
        return new Latents(List.of(), List.of());
    }
}
