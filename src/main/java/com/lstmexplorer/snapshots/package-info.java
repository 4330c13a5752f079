/**
 * Snapshots, trained networks saved to be shared: the {@code /api/snapshots} endpoints and the service that
 * composes the format (what a snapshot is and how it is checked), the store (where it is kept) and ownership
 * (who saved it).
 */
package com.lstmexplorer.snapshots;
