/**
 * Test support shared by every feature's tests: a plain HTTP client for the app under test on its random port, the app
 * run as a process of its own, a PostgreSQL of its own, and small networks to save as snapshots.
 */
package com.lstmexplorer.testing;
