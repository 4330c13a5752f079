package com.lstmexplorer.sequences;

import java.util.Locale;

/** Which characters a sequence may hold, and how a character is named in a message. */
final class Characters {
    private Characters() {
    }

    /**
     * Fails on the first control character (tab excepted) or character outside the Basic Multilingual
     * Plane: the network reads one UTF-16 unit per step, so an emoji would be two meaningless halves.
     */
    static void check(String line, int lineNumber, boolean fromFile) {
        for (int col = 0; col < line.length(); col++) {
            char c = line.charAt(col);
            String where = " at line " + lineNumber + ", column " + (col + 1);
            if (!fromFile && (c == '\n' || c == '\r')) {
                throw new IllegalArgumentException("a line break" + where + ": give one sequence per entry"
                        + " (a line break is the end marker, not part of a sequence)");
            }
            if (Character.isISOControl(c) && c != '\t') {
                throw new IllegalArgumentException(fromFile
                        ? "this looks like a binary file, not text: it holds control character " + describe(c) + where
                        : "control character " + describe(c) + where + " cannot be part of a sequence (tab can)");
            }
            if (Character.isSurrogate(c)) {
                int codePoint = line.codePointAt(col);
                throw new IllegalArgumentException("character " + (Character.isSupplementaryCodePoint(codePoint)
                        ? "'" + Character.toString(codePoint) + "' (" + codePoint(codePoint) + ")"
                        : codePoint(c)) + where + " is outside the Basic Multilingual Plane; sequences may only"
                        + " hold characters up to U+FFFF (one per step)");
            }
        }
    }

    /** {@code 'q'}, {@code ' ' (space)}, {@code '⏎' (the end marker)} or {@code U+0007} for the invisible. */
    static String describe(char c) {
        if (c == ' ') {
            return "' ' (space)";
        }
        if (c == '\n') {
            return "'⏎' (the end marker, a line break)";
        }
        if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSurrogate(c)) {
            return codePoint(c);
        }
        return "'" + c + "'";
    }

    private static String codePoint(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }
}
