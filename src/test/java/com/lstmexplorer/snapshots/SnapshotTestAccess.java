package com.lstmexplorer.snapshots;

/** Lets tests of other packages build the small networks of {@link TestNetworks}. */
public final class SnapshotTestAccess {
    private SnapshotTestAccess() {
    }

    public static SnapshotSource countingSource(int hiddenSize, long seed) {
        return TestNetworks.counting(hiddenSize, seed);
    }
}
