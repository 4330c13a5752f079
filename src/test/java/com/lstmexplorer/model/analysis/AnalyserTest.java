package com.lstmexplorer.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.cell.Quantity;
import com.lstmexplorer.model.cell.LstmCell;
import com.lstmexplorer.model.task.GeneralisationSweep;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.train.Stopping;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole analysis of a trained counting network, checked against the network itself computed another way. */
class AnalyserTest {
    private static final SeedTask COUNTING = SeedTasks.byId("counting");
    private static Network network;
    private static NetworkAnalysis analysis;

    @BeforeAll
    static void trainAndAnalyse() {
        network = Network.create(COUNTING.vocabulary(), COUNTING.defaults().shape(), 1);
        new TrainingLoop(COUNTING, network, TrainingConfig.of(COUNTING.defaults(), 1), Stopping.CONVERGED)
                .run(new TrainingListener() { }, () -> false);
        analysis = Analyser.analyse(network, Subject.of(COUNTING));
    }

    @Test
    void theBaselineIsTheTasksOwnEvaluation() {
        assertEquals(COUNTING.evaluate(network).accuracy(), analysis.baseline().accuracy());
        assertEquals(1.0, analysis.baseline().accuracy());
        assertEquals(0, analysis.baseline().failed());
    }

    @Test
    void theSweepAgreesWithGreedyDecoding() {
        GeneralisationSweep sweep = COUNTING.generalisation().orElseThrow();
        assertEquals(30, analysis.sweep().size());
        for (Sweep.Row row : analysis.sweep()) {
            int correct = 0;
            for (String sequence : sweep.cases(row.length())) {
                String prefix = sequence.substring(0, sequence.indexOf('X') + 1);
                String rest = sequence.substring(prefix.length()) + Vocabulary.END;
                correct += network.greedyContinue(prefix, rest.length()).equals(rest) ? 1 : 0;
            }
            assertEquals(correct, row.correct(), "N = " + row.length());
        }
        assertEquals(1.0, analysis.sweep().get(9).accuracy(), "N = 10 is in the training range");
    }

    @Test
    void theCaptionNamesTheCounterTheLabelsFindAndWhatAblatingItCosts() {
        Label counter = null;
        for (Label label : analysis.labels()) {
            if (label.quantity() == LstmCell.CELL && label.latent().equals("a's - b's")
                    && (counter == null || Math.abs(label.r()) > Math.abs(counter.r()))) {
                counter = label;
            }
        }
        assertTrue(counter != null && Math.abs(counter.r()) > 0.95, "a cell counts: " + counter);
        NeuronSummary top = analysis.neurons().get(0);
        assertEquals(counter.neuron(), top.neuron(), analysis.caption());
        Judgement ablated = new SeedTaskJudge(COUNTING).judge(network,
                Ablation.zero(new NeuronRef(0, top.neuron())).intervention(network, null));
        assertEquals(ablated.accuracy(), top.ablatedAccuracy());
        assertTrue(analysis.caption().startsWith("Neuron " + counter.neuron() + "'s cell tracks a's - b's"), analysis.caption());
        assertTrue(analysis.caption().contains("Ablate it: accuracy 100% -> " + Words.percent(ablated.accuracy())),
                analysis.caption());
        assertEquals("aaaaaaaaaaXbbbbbbbbbb", analysis.focus().sequence(), "the longest count spans the widest range");
    }

    @Test
    void characterMeansAreTheMeansOfTheTracedValues() {
        int neuron = analysis.neurons().get(0).neuron();
        double sum = 0;
        int count = 0;
        for (String sequence : COUNTING.evaluationSet()) {
            Trace trace = network.trace(sequence);
            for (int t = 0; t < sequence.length(); t++) {
                if (sequence.charAt(t) == 'b') {
                    sum += trace.steps().get(t).layers().get(0).get(LstmCell.INPUT)[neuron];
                    count++;
                }
            }
        }
        CharacterStatistics.Row b = analysis.characters().stream().filter(r -> r.quantity() == LstmCell.INPUT
                && r.by().equals(CharacterStatistics.INPUT) && r.symbol() == 'b').findFirst().orElseThrow();
        assertEquals(55, b.count());
        assertEquals(count, b.count());
        assertEquals(sum / count, b.mean()[neuron], 1e-12);
    }

    @Test
    void everyPartCoversEveryNeuron() {
        assertEquals(10 * 6, analysis.labels().size());
        assertEquals(10 * 6, analysis.characterLabels().size());
        assertEquals(10 * 3, analysis.saturation().size());
        assertEquals(10, analysis.ablation().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), analysis.neurons().stream().map(NeuronSummary::rank).toList());
        for (Saturation s : analysis.saturation()) {
            assertTrue(s.gate().isGate() && s.low() >= 0 && s.high() >= 0 && s.low() + s.high() <= 1, s.toString());
        }
    }
}
