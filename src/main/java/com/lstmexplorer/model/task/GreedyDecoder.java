package com.lstmexplorer.model.task;

/**
 * What the solved check needs of a network: {@code Network::greedyContinue}, or the same under an
 * intervention (the analysis judges ablated networks exactly as training judges intact ones).
 */
@FunctionalInterface
public interface GreedyDecoder {
    /** Reads {@code prefix}, then writes its own argmax predictions until the end marker or {@code maxChars}. */
    String greedyContinue(String prefix, int maxChars);
}
