package com.lstmexplorer.cells;

import com.lstmexplorer.model.cell.CellSpec;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.cell.Quantity;
import java.util.List;
import java.util.Locale;

/**
 * A cell as {@code GET /api/cells} lists it: its id ({@code "cell"} of a run request), its name for
 * captions, and the quantities it records per neuron and step, in recording order.
 */
public record CellView(String id, String label, List<QuantityView> quantities) {

    /**
     * One quantity: {@code kind} "state", "activation" or "gate"; {@code low} and {@code high} its range,
     * null where unbounded; {@code carried} whether the cell carries it from step to step.
     */
    public record QuantityView(String id, String label, String kind, Double low, Double high, boolean carried) {
        public static QuantityView of(Quantity q) {
            return new QuantityView(q.id(), q.label(), q.kind().name().toLowerCase(Locale.ROOT),
                    bound(q.kind().low()), bound(q.kind().high()), q.carried());
        }

        private static Double bound(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }

    public static CellView of(CellType cell) {
        CellSpec spec = cell.spec();
        return new CellView(spec.id(), spec.label(), spec.quantities().stream().map(QuantityView::of).toList());
    }
}
