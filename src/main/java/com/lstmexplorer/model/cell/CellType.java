package com.lstmexplorer.model.cell;

import java.util.Arrays;

/**
 * The registry of cells: the one place a cell is listed. Each constant carries its cell's
 * {@link CellSpec} and the factory of its step; {@link CellLayer} and the passes do the rest, so a new
 * cell is its own file, its test and one line here. The constant's {@code name()} ("LSTM") is what
 * snapshots store; {@link #id()} ("lstm") is the spec's id, for JSON and URLs.
 */
public enum CellType {
    LSTM(LstmCell.SPEC, LstmCell::new),
    PEEPHOLE(PeepholeCell.SPEC, PeepholeCell::new),
    CIFG(CifgCell.SPEC, CifgCell::new),
    GRU(GruCell.SPEC, GruCell::new),
    RNN(RnnCell.SPEC, RnnCell::new);

    private final CellSpec spec;
    private final CellStep.Factory factory;

    CellType(CellSpec spec, CellStep.Factory factory) {
        this.spec = spec;
        this.factory = factory;
    }

    public CellSpec spec() {
        return spec;
    }

    public String id() {
        return spec.id();
    }

    CellStep.Factory factory() {
        return factory;
    }

    /** The cell with this id ("gru") or constant name ("GRU"), in any case; fails naming the known ones. */
    public static CellType byId(String id) {
        for (CellType cell : values()) {
            if (cell.id().equalsIgnoreCase(id) || cell.name().equalsIgnoreCase(id)) {
                return cell;
            }
        }
        throw new IllegalArgumentException("unknown cell '" + id + "'; expected one of "
                + String.join(", ", Arrays.stream(values()).map(CellType::id).toList()));
    }
}
