package com.lstmexplorer.model.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** {@code a}×N {@code X} {@code b}×N, N uniform in 1..10: the network must count the a's. */
final class CountingTask extends SeedTask {
    static final int MAX_N = 10;

    CountingTask() {
        super("counting", "Counting",
                "N a's, an X, then N b's (N from 1 to 10). After the X the network must print exactly as"
                        + " many b's as it read a's, then end the sequence: it has to count.",
                "aXb\n", 'X',
                List.of("aaaaaXbbbbb", "aaXbb", "aaaaaaaaXbbbbbbbb"),
                new TaskDefaults(1, 10, 0.02, 32, 5_000));
    }

    static String sequence(int n) {
        return "a".repeat(n) + "X" + "b".repeat(n);
    }

    @Override
    public String next(RandomGenerator random) {
        return sequence(1 + random.nextInt(MAX_N));
    }

    @Override
    public List<String> evaluationSet() {
        List<String> cases = new ArrayList<>();
        for (int n = 1; n <= MAX_N; n++) {
            cases.add(sequence(n));
        }
        return cases;
    }

    @Override
    public List<String> latentNames() {
        return List.of("a's - b's", "a's seen", "b's left", "phase");
    }

    /**
     * The count (a's seen − b's seen: +1 per a, −1 per b); a's read so far; b's still to print (on a
     * well-formed sequence the same numbers as the count, kept under the name docs/tasks.md gives it);
     * phase 0 while reading a's, 1 from the X on.
     */
    @Override
    public Latents latents(String sequence) {
        LatentTable table = new LatentTable(latentNames(), sequence.length());
        int aSeen = 0;
        int bSeen = 0;
        int phase = 0;
        for (int t = 0; t < sequence.length(); t++) {
            switch (sequence.charAt(t)) {
                case 'a' -> aSeen++;
                case 'b' -> bSeen++;
                case 'X' -> phase = 1;
                default -> { }
            }
            table.record(t, aSeen - bSeen, aSeen, aSeen - bSeen, phase);
        }
        return table.toLatents();
    }

    @Override
    public Optional<GeneralisationSweep> generalisation() {
        return Optional.of(new GeneralisationSweep("N", MAX_N, 30, delimiter(), CountingTask::casesOfLength));
    }

    /** The one case with N a's. */
    static List<String> casesOfLength(int n) {
        return List.of(sequence(n));
    }
}
