package com.lstmexplorer.traces;

import com.lstmexplorer.model.Network;
import java.util.List;

/**
 * Answer of {@code POST .../traces}: what the keys of every layer mean ({@code quantities}, the cell's
 * order), then one trace per sequence, in the order given.
 */
public record TracesResponse(List<QuantityDescription> quantities, List<TraceJson> traces) {

    public static TracesResponse of(Network network, List<TraceJson> traces) {
        return new TracesResponse(QuantityDescription.of(network.shape().cell().spec()), traces);
    }
}
