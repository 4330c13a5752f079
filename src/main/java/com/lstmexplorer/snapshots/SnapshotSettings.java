package com.lstmexplorer.snapshots;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Snapshot settings, {@code lstm-explorer.snapshots.*}: the largest snapshot JSON an import accepts,
 * whether the four seed networks are created at start-up when missing, how many snapshots a list shows,
 * and whether snapshots of unknown owner (saved before owners existed) are listed to everyone ({@code list-unowned}).
 */
@ConfigurationProperties("lstm-explorer.snapshots")
public record SnapshotSettings(Long maxImportBytes, Boolean seedNetworks, Integer listLimit, Boolean listUnowned) {
    public SnapshotSettings {
        listUnowned = listUnowned == null || listUnowned;
        maxImportBytes = maxImportBytes == null ? 32L * 1024 * 1024 : maxImportBytes;
        seedNetworks = seedNetworks == null || seedNetworks;
        listLimit = listLimit == null ? 200 : listLimit;
    }

    public static SnapshotSettings defaults() {
        return new SnapshotSettings(null, null, null, null);
    }
}
