/** A network's activations on given sequences as compact JSON (docs/api.md's trace), reusable by every endpoint that traces. */
package com.lstmexplorer.traces;
