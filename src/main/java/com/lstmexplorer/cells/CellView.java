package com.lstmexplorer.cells;

import com.lstmexplorer.model.cell.CellSpec;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.traces.QuantityDescription;
import java.util.List;

/**
 * A cell as {@code GET /api/cells} lists it: its id ({@code "cell"} of a run request), its name for
 * captions, and the quantities it records per neuron and step, in recording order, described as traces
 * describe them ({@link QuantityDescription}).
 */
public record CellView(String id, String label, List<QuantityDescription> quantities) {

    public static CellView of(CellType cell) {
        CellSpec spec = cell.spec();
        return new CellView(spec.id(), spec.label(), QuantityDescription.of(spec));
    }
}
