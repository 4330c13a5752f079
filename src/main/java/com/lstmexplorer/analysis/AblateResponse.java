package com.lstmexplorer.analysis;

import com.lstmexplorer.model.analysis.Judgement;
import com.lstmexplorer.model.analysis.NeuronRef;
import com.lstmexplorer.traces.QuantityDescription;
import com.lstmexplorer.traces.TraceJson;
import java.util.List;

/**
 * The answer of {@code POST .../ablate}: the ablation as applied, the intact network's judgement
 * ({@code baseline}), the ablated one's accuracy, loss and failing cases, and the traces under it with what
 * their layers' keys mean.
 */
record AblateResponse(String id, String task, Integer step, List<NeuronRef> neurons, String mode, Double value,
                      int fromStep, Baseline baseline, double accuracy, double loss, int failed,
                      List<Judgement.Failure> failures, String accuracyMeaning, List<QuantityDescription> quantities,
                      List<TraceJson> traces) {

    record Baseline(double accuracy, double loss, int failed) {
        static Baseline of(Judgement j) {
            return new Baseline(j.accuracy(), j.loss(), j.failed());
        }
    }
}
