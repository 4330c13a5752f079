/** A network's activations on given sequences as compact JSON (api.md's trace), reusable by every endpoint that traces. */
package com.lstmexplorer.traces;
