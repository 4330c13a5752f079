package com.lstmexplorer.model.cell;

import java.util.Locale;

/** What a trace records per neuron and step; {@link #id()} is the name used in JSON and URLs. */
public enum Quantity {
    CELL, HIDDEN, INPUT, FORGET, OUTPUT, CANDIDATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Gates live in (0, 1); cell, hidden and candidate are signed. */
    public boolean isGate() {
        return this == INPUT || this == FORGET || this == OUTPUT;
    }

    public static Quantity fromId(String id) {
        for (Quantity q : values()) {
            if (q.id().equals(id)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown quantity '" + id
                + "'; expected one of cell, hidden, input, forget, output, candidate");
    }
}
