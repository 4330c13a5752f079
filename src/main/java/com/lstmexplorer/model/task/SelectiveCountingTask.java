package com.lstmexplorer.model.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * N {@code a}'s with K {@code X}'s at random places among them (an X may come first), {@code Y},
 * then {@code b}×N; N uniform in 1..10, K uniform in 0..5. The network must count the a's only.
 */
final class SelectiveCountingTask extends SeedTask {
    static final int MAX_N = 10;
    static final int MAX_K = 5;
    static final int EVALUATION_CASES = 500;
    static final int SWEEP_CASES_PER_N = 20;
    /** Seeds of java.util.Random, whose algorithm is specified, so the cases never change. */
    private static final long EVALUATION_SEED = 2017;
    private static final long SWEEP_SEED = 2018;

    private final List<String> evaluationSet;

    SelectiveCountingTask() {
        super("selective-counting", "Selective counting",
                "N a's with up to five X's scattered among them, a Y, then N b's (N from 1 to 10). The"
                        + " network must count the a's and ignore the X's.",
                "aXYb\n", 'Y',
                List.of("aXaaaaXXXaaaYbbbbbbbb", "XaaYbb", "aYb"),
                new TaskDefaults(1, 20, 0.02, 32, 10_000));
        Random random = new Random(EVALUATION_SEED);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < EVALUATION_CASES; i++) {
            // N cycles through 1..10 so that every N has exactly 50 cases; K and the X's are random.
            cases.add(sequence(1 + i % MAX_N, random.nextInt(MAX_K + 1), random));
        }
        this.evaluationSet = List.copyOf(cases);
    }

    /** N a's with K X's inserted one by one at uniformly random places (before, between or after them). */
    static String sequence(int n, int k, RandomGenerator random) {
        StringBuilder body = new StringBuilder("a".repeat(n));
        for (int i = 0; i < k; i++) {
            body.insert(random.nextInt(body.length() + 1), 'X');
        }
        return body + "Y" + "b".repeat(n);
    }

    @Override
    public String next(RandomGenerator random) {
        int n = 1 + random.nextInt(MAX_N);
        return sequence(n, random.nextInt(MAX_K + 1), random);
    }

    @Override
    public List<String> evaluationSet() {
        return evaluationSet;
    }

    @Override
    public List<String> latentNames() {
        return List.of("a's - b's (X's ignored)", "a's seen", "b's left", "is X", "is Y", "phase");
    }

    /**
     * The count with the X's ignored (+1 per a, −1 per b); a's read so far; b's still to print (the same
     * numbers as the count, under the name docs/tasks.md gives it); 1 on an X, else 0; 1 on the Y, else 0;
     * phase 0 up to the Y, 1 from the Y on.
     */
    @Override
    public Latents latents(String sequence) {
        LatentTable table = new LatentTable(latentNames(), sequence.length());
        int aSeen = 0;
        int bSeen = 0;
        int phase = 0;
        for (int t = 0; t < sequence.length(); t++) {
            char c = sequence.charAt(t);
            if (c == 'a') {
                aSeen++;
            } else if (c == 'b') {
                bSeen++;
            } else if (c == 'Y') {
                phase = 1;
            }
            table.record(t, aSeen - bSeen, aSeen, aSeen - bSeen, c == 'X' ? 1 : 0, c == 'Y' ? 1 : 0, phase);
        }
        return table.toLatents();
    }

    @Override
    public Optional<GeneralisationSweep> generalisation() {
        return Optional.of(
                new GeneralisationSweep("N", MAX_N, 20, delimiter(), SelectiveCountingTask::casesOfLength));
    }

    /** {@value #SWEEP_CASES_PER_N} seeded cases with N a's and K uniform in 0..5. */
    static List<String> casesOfLength(int n) {
        Random random = new Random(SWEEP_SEED * 1000 + n);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < SWEEP_CASES_PER_N; i++) {
            cases.add(sequence(n, random.nextInt(MAX_K + 1), random));
        }
        return cases;
    }
}
