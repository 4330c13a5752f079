/**
 * Snapshots: trained networks saved with their weights in a real database (H2 by default, PostgreSQL as a
 * profile), addressed by a content-derived id, imported and exported as JSON, and who owns each.
 */
package com.lstmexplorer.snapshots;
