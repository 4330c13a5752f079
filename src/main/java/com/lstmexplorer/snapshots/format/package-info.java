/**
 * The snapshot format: the record and its canonical JSON, content-derived ids, and the checks that every imported
 * file or saved network passes before it may be stored, each failure naming its field.
 */
package com.lstmexplorer.snapshots.format;
