/**
 * Rate limits per client (its owner key, else its address) on the endpoints marked {@link
 * com.lstmexplorer.limits.Costly}: token buckets in memory, so each instance counts on its own.
 */
package com.lstmexplorer.limits;
