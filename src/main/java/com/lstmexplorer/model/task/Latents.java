package com.lstmexplorer.model.task;

import java.util.List;

/**
 * A task's hidden variables along one sequence: {@code values.get(k)[t]} is variable
 * {@code names.get(k)} after reading character t (e.g. "a's seen", "b's left").
 */
public record Latents(List<String> names, List<double[]> values) {
}
