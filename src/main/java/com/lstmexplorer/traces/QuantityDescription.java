package com.lstmexplorer.traces;

import com.lstmexplorer.model.cell.CellSpec;
import com.lstmexplorer.model.cell.Quantity;
import java.util.List;
import java.util.Locale;

/**
 * What one key of a trace's layers holds, as the cell that records it describes it (docs/api.md): a
 * reader takes its quantity list, captions and colour ranges from these, never from names it knows.
 *
 * @param kind    "state" (unbounded), "activation" (in (−1, 1)) or "gate" (in (0, 1))
 * @param low     the lower end of the range, null when unbounded
 * @param carried whether the cell carries it from step to step
 */
public record QuantityDescription(String id, String label, String kind, Double low, Double high, boolean carried) {

    public static QuantityDescription of(Quantity q) {
        return new QuantityDescription(q.id(), q.label(), q.kind().name().toLowerCase(Locale.ROOT),
                finite(q.kind().low()), finite(q.kind().high()), q.carried());
    }

    /** The cell's quantities in its order, which is the order of every trace layer's keys. */
    public static List<QuantityDescription> of(CellSpec spec) {
        return spec.quantities().stream().map(QuantityDescription::of).toList();
    }

    private static Double finite(double bound) {
        return Double.isFinite(bound) ? bound : null;
    }
}
