package com.lstmexplorer.model.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * {@code A} or {@code B}, then {@code x}×M, {@code Y}, then the lowercase of the first char;
 * first char uniform, M uniform in 1..10. The network must remember the first char.
 */
final class StateMemoryTask extends SeedTask {
    static final int MAX_M = 10;
    private static final String LETTERS = "AB";

    StateMemoryTask() {
        super("state-memory", "State memory",
                "A or B, then M x's (M from 1 to 10), a Y, then the first letter again in lowercase. The"
                        + " network must remember the first letter across the x's.",
                "ABxYab\n", 'Y',
                List.of("AxxxYa", "BxxxxxxxxYb", "AxYa"),
                new TaskDefaults(1, 20, 0.02, 32, 5_000));
    }

    static String sequence(char letter, int m) {
        return letter + "x".repeat(m) + "Y" + Character.toLowerCase(letter);
    }

    @Override
    public String next(RandomGenerator random) {
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return sequence(letter, 1 + random.nextInt(MAX_M));
    }

    @Override
    public List<String> evaluationSet() {
        List<String> cases = new ArrayList<>();
        for (int m = 1; m <= MAX_M; m++) {
            cases.addAll(casesOfLength(m));
        }
        return cases;
    }

    @Override
    public List<String> latentNames() {
        return List.of("remembered letter (A=1, B=-1)", "x's seen", "first was A", "first was B", "at Y");
    }

    /**
     * The first A or B read (A = 1, B = −1, 0 before it); the number of x's read so far; the first
     * letter as two indicators (1 from an A on, else 0; the same for B); 1 on the Y, else 0.
     */
    @Override
    public Latents latents(String sequence) {
        LatentTable table = new LatentTable(latentNames(), sequence.length());
        int remembered = 0;
        int xSeen = 0;
        for (int t = 0; t < sequence.length(); t++) {
            char c = sequence.charAt(t);
            if (remembered == 0 && (c == 'A' || c == 'B')) {
                remembered = c == 'A' ? 1 : -1;
            } else if (c == 'x') {
                xSeen++;
            }
            table.record(t, remembered, xSeen, remembered == 1 ? 1 : 0, remembered == -1 ? 1 : 0, c == 'Y' ? 1 : 0);
        }
        return table.toLatents();
    }

    @Override
    public Optional<GeneralisationSweep> generalisation() {
        return Optional.of(new GeneralisationSweep("M", MAX_M, 50, delimiter(), StateMemoryTask::casesOfLength));
    }

    static List<String> casesOfLength(int m) {
        return List.of(sequence('A', m), sequence('B', m));
    }
}
