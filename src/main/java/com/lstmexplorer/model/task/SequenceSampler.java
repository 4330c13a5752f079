package com.lstmexplorer.model.task;

import java.util.random.RandomGenerator;

/** Draws one training sequence (without the end marker, which training appends). */
@FunctionalInterface
public interface SequenceSampler {
    String next(RandomGenerator random);
}
