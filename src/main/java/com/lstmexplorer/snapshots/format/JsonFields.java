package com.lstmexplorer.snapshots.format;

import tools.jackson.databind.JsonNode;

/**
 * Reads one field of an imported JSON tree; every failure is an IllegalArgumentException whose message
 * names the field by its path (e.g. {@code weights[2].values[17]}) and says what was wrong with it.
 */
final class JsonFields {
    private JsonFields() {
    }

    /** The field's value, or null when it is absent or JSON null. */
    static JsonNode optional(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    static JsonNode required(JsonNode parent, String field, String path) {
        JsonNode value = optional(parent, field);
        if (value == null) {
            throw new IllegalArgumentException("field '" + path + "' is missing");
        }
        return value;
    }

    static JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw wrongType(node, path, "an object");
        }
        return node;
    }

    static JsonNode array(JsonNode node, String path) {
        if (!node.isArray()) {
            throw wrongType(node, path, "an array");
        }
        return node;
    }

    static String text(JsonNode node, String path) {
        if (!node.isString()) {
            throw wrongType(node, path, "a string");
        }
        return node.stringValue();
    }

    static long whole(JsonNode node, String path, long min, long max) {
        if (!node.isIntegralNumber() || !node.canConvertToExactIntegral() || !node.canConvertToLong()) {
            throw wrongType(node, path, "a whole number");
        }
        long value = node.longValue();
        if (value < min || value > max) {
            throw new IllegalArgumentException("field '" + path + "' must be between " + min + " and " + max
                    + ", got " + value);
        }
        return value;
    }

    static int whole(JsonNode node, String path, int min, int max) {
        return (int) whole(node, path, (long) min, (long) max);
    }

    /** A finite number: JSON has no NaN, but a number like 1e999 overflows to infinity when read. */
    static double finite(JsonNode node, String path) {
        if (!node.isNumber()) {
            throw wrongType(node, path, "a number");
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("field '" + path + "' overflows to " + value
                    + ": every number in a snapshot must be a finite double (at most about 1.8e308)");
        }
        return value;
    }

    private static IllegalArgumentException wrongType(JsonNode node, String path, String expected) {
        return new IllegalArgumentException("field '" + path + "' must be " + expected + ", got " + shown(node));
    }

    /** The offending value as JSON, shortened so that a huge array does not flood the message. */
    private static String shown(JsonNode node) {
        String json = node.toString();
        return json.length() <= 40 ? json : json.substring(0, 37) + "...";
    }
}
