package com.lstmexplorer.model.cell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.lstmexplorer.model.cell.CellType;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PackedBatchTest {

    @Test
    void stepsHoldOnlyTheSequencesStillRunningLongestFirst() {
        PackedBatch batch = new PackedBatch();
        // lengths 2, 3, 1, 3: sorted order is seq 1, seq 3, seq 0, seq 2
        batch.pack(new int[][] {{5, 6}, {1, 2, 3}, {7}, {4, 4, 4}}, 4, 0);
        assertEquals(3, batch.steps());
        assertEquals(9, batch.rows());
        assertArrayEquals(new int[] {4, 3, 2}, new int[] {batch.active(0), batch.active(1), batch.active(2)});
        assertEquals(0, batch.active(3));
        assertArrayEquals(new int[] {1, 4, 5, 7, 2, 4, 6, 3, 4}, Arrays.copyOf(batch.inputs(), 9));
        assertArrayEquals(new int[] {2, 4, 6, 0, 3, 4, 0, 0, 0}, Arrays.copyOf(batch.targets(), 9));
    }

    @Test
    void anEmptySequenceIsRejected() {
        PackedBatch batch = new PackedBatch();
        assertThrows(IllegalArgumentException.class, () -> batch.pack(new int[][] {{1}, {}}, 2, 0));
    }

    /**
     * The packed (masked) loss is the mean over the real characters only: it equals what reading each
     * sequence on its own, one character at a time, gives.
     */
    @Test
    void packedLossEqualsReadingEachSequenceAlone() {
        LayerStack stack = LayerStack.initialised(CellType.LSTM, 2, 6, 4, new SplittableRandom(3));
        int[][] sequences = {{0, 1, 2, 1}, {2}, {1, 1, 0}, {0, 2, 2, 2, 1, 0, 1}};
        PackedBatch batch = new PackedBatch();
        batch.pack(sequences, sequences.length, 3);
        double packed = stack.newBatchPass().loss(batch);

        SequenceReader reader = stack.newReader();
        double sum = 0;
        int count = 0;
        for (int[] x : sequences) {
            reader.reset();
            for (int t = 0; t < x.length; t++) {
                double[] p = reader.read(x[t]);
                sum -= Math.log(p[t + 1 < x.length ? x[t + 1] : 3]);
                count++;
            }
        }
        assertEquals(sum / count, packed, 1e-12);
    }
}
