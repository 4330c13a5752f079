package com.lstmexplorer.bench;

import java.math.BigDecimal;
import java.math.MathContext;

/** One flat JSON object, fields in the order they are added: {@code {"workload":"counting",...}}. */
final class JsonLine {
    /** Four significant digits are more than this machine's run-to-run noise allows. */
    private static final MathContext DIGITS = new MathContext(4);

    private final StringBuilder json = new StringBuilder("{");
    private String note = "";

    JsonLine add(String key, String value) {
        key(key).append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        return this;
    }

    JsonLine add(String key, long value) {
        key(key).append(value);
        return this;
    }

    JsonLine add(String key, boolean value) {
        key(key).append(value);
        return this;
    }

    JsonLine add(String key, double value) {
        key(key).append(Double.isFinite(value)
                ? new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString() : "null");
        return this;
    }

    /** Detail for the log (standard error), not part of the JSON. */
    JsonLine noting(String detail) {
        note = detail;
        return this;
    }

    /** The JSON and its detail, for the log. */
    String note() {
        return note.isEmpty() ? toString() : this + " " + note;
    }

    private StringBuilder key(String key) {
        if (json.length() > 1) {
            json.append(',');
        }
        return json.append('"').append(key).append("\":");
    }

    @Override
    public String toString() {
        return json + "}";
    }
}
