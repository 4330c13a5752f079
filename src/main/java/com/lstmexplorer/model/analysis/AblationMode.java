package com.lstmexplorer.model.analysis;

import java.util.Locale;

/**
 * How an ablated neuron's carried state is held: {@code zero} (c = h = 0), {@code mean} (c and h at their
 * means over the probe set) or {@code clamp} (c at a given value, h = o ⊙ tanh(c) with the step's own gate).
 */
public enum AblationMode {
    ZERO, MEAN, CLAMP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AblationMode fromId(String id) {
        for (AblationMode mode : values()) {
            if (mode.id().equals(id)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown ablation mode '" + id + "'; expected one of zero, mean, clamp");
    }
}
