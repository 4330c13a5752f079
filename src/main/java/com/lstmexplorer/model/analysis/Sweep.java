package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.TraceStep;
import com.lstmexplorer.model.cell.LayerActivations;
import com.lstmexplorer.model.cell.Quantity;
import com.lstmexplorer.model.task.GeneralisationSweep;
import com.lstmexplorer.model.task.SweepPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The generalisation sweep with the watched neurons alongside: per length, the task's own greedy check
 * (the same as training's) and, for each watched neuron's quantity, its peak over the cases of that length
 * (the value of largest magnitude, sign kept), which shows where a counter stops growing.
 */
public final class Sweep {
    private Sweep() {
    }

    /** A neuron's quantity to follow along the sweep. */
    public record Watched(int layer, int neuron, Quantity quantity) {
    }

    public record Peak(int layer, int neuron, Quantity quantity, double value) {
    }

    /** One length: its greedy check, the watched neurons' peaks, and its first case ({@code example}, to trace). */
    public record Row(int length, int cases, int correct, double accuracy, List<Peak> peaks, String example) {
    }

    public static List<Row> of(Network network, GeneralisationSweep sweep, List<Watched> watched) {
        List<Row> rows = new ArrayList<>();
        for (SweepPoint point : sweep.sweep(network)) {
            double[] peaks = new double[watched.size()];
            List<String> cases = sweep.cases(point.n());
            for (String sequence : cases) {
                Trace trace = network.trace(sequence);
                for (TraceStep step : trace.steps()) {
                    for (int w = 0; w < watched.size(); w++) {
                        Watched n = watched.get(w);
                        LayerActivations layer = step.layers().get(n.layer());
                        double v = layer.get(n.quantity())[n.neuron()];
                        peaks[w] = Math.abs(v) > Math.abs(peaks[w]) ? v : peaks[w];
                    }
                }
            }
            List<Peak> out = new ArrayList<>(watched.size());
            for (int w = 0; w < watched.size(); w++) {
                Watched n = watched.get(w);
                out.add(new Peak(n.layer(), n.neuron(), n.quantity(), peaks[w]));
            }
            rows.add(new Row(point.n(), point.cases(), point.correct(), point.accuracy(), List.copyOf(out),
                    cases.isEmpty() ? null : cases.get(0)));
        }
        return rows;
    }
}
