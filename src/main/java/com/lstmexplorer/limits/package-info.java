/**
 * Rate limits per client (its owner key, else its address) on run starts, traces and imports: token buckets
 * in memory, so each instance counts on its own.
 */
package com.lstmexplorer.limits;
