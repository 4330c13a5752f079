package com.lstmexplorer.model.task;

/**
 * One case of the solved check: fed {@code sequence} up to and including its delimiter, the network had
 * to write {@code expected} (the rest and the end marker) and wrote {@code produced}.
 */
public record Continuation(String sequence, String expected, String produced) {

    public boolean correct() {
        return expected.equals(produced);
    }
}
