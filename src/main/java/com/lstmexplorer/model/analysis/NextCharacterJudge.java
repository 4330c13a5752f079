package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.cell.Intervention;
import com.lstmexplorer.model.task.Scoring;
import java.util.ArrayList;
import java.util.List;

/**
 * A character model judged on {@code sequences}: accuracy is the fraction of next characters (each
 * sequence's end marker included) that are the network's best guess, as a custom run measures it.
 */
public record NextCharacterJudge(List<String> sequences) implements Judge {

    public NextCharacterJudge {
        if (sequences.isEmpty()) {
            throw new IllegalArgumentException("there are no sequences to judge the network on");
        }
        sequences = List.copyOf(sequences);
    }

    @Override
    public Judgement judge(Network network, Intervention intervention) {
        Scoring scoring = new Scoring(network, intervention);
        List<Judgement.Failure> failures = new ArrayList<>();
        int failed = 0;
        for (String sequence : sequences) {
            String predicted = scoring.read(sequence);
            String expected = sequence.substring(1) + Vocabulary.END;
            if (!predicted.equals(expected)) {
                failed++;
                if (failures.size() < Judgement.MAX_LISTED) {
                    failures.add(new Judgement.Failure(sequence, expected, predicted));
                }
            }
        }
        return new Judgement(scoring.accuracy(), scoring.meanLoss(), failed,
                List.copyOf(failures));
    }

    @Override
    public String accuracyMeaning() {
        return "next characters predicted (the end marker included)";
    }
}
