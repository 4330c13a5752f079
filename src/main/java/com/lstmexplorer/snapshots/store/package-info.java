/**
 * Where snapshots are kept: one row per snapshot in a real database (an H2 file by default, PostgreSQL as a
 * profile), the seed marks, and the tombstones that make a deleted snapshot's link answer 410.
 */
package com.lstmexplorer.snapshots.store;
