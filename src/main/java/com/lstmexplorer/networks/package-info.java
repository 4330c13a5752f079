/**
 * What a client can ask of any network, a run's or a snapshot's, written once for both: the resolver that
 * finds the network behind {@code /api/{runs|snapshots}/{id}}, and its traces, completions and trace downloads.
 */
package com.lstmexplorer.networks;
