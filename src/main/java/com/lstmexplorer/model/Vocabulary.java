package com.lstmexplorer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ordered set of characters a network reads and predicts. Index i is one-hot input i and
 * softmax output i. The end marker {@link #END} is always part of it.
 */
public final class Vocabulary {
    /** End-of-sequence marker the network must predict after the last character. */
    public static final char END = '\n';

    private final String symbols;
    private final int[] indexOfChar; // indexed by (char), -1 when absent; chars are < 65536

    private Vocabulary(String symbols) {
        this.symbols = symbols;
        this.indexOfChar = new int[Character.MAX_VALUE + 1];
        java.util.Arrays.fill(indexOfChar, -1);
        for (int i = 0; i < symbols.length(); i++) {
            char c = symbols.charAt(i);
            if (indexOfChar[c] >= 0) {
                throw new IllegalArgumentException("vocabulary lists '" + display(c) + "' twice");
            }
            indexOfChar[c] = i;
        }
        if (indexOfChar[END] < 0) {
            throw new IllegalArgumentException("vocabulary must contain the end marker \\n");
        }
    }

    /** A vocabulary of exactly these characters, in this order; it must include {@link #END}. */
    public static Vocabulary of(String symbols) {
        return new Vocabulary(symbols);
    }

    public int size() {
        return symbols.length();
    }

    public char symbol(int index) {
        return symbols.charAt(index);
    }

    /** Index of {@code c}, or -1 when {@code c} is not in this vocabulary. */
    public int indexOf(char c) {
        return indexOfChar[c];
    }

    public boolean contains(char c) {
        return indexOfChar[c] >= 0;
    }

    /** The characters in order, end marker included, as one string. */
    public String chars() {
        return symbols;
    }

    /** The characters as one-character strings, e.g. ["a","X","b","\n"] (for JSON). */
    public List<String> symbols() {
        List<String> out = new ArrayList<>(symbols.length());
        for (int i = 0; i < symbols.length(); i++) {
            out.add(String.valueOf(symbols.charAt(i)));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Indices of the characters of {@code text}.
     *
     * @throws UnknownSymbolException naming the first character that is not in the vocabulary
     */
    public int[] encode(CharSequence text) {
        int[] out = new int[text.length()];
        for (int i = 0; i < out.length; i++) {
            int index = indexOfChar[text.charAt(i)];
            if (index < 0) {
                throw new UnknownSymbolException(text.charAt(i), i, this);
            }
            out[i] = index;
        }
        return out;
    }

    /** How a character is shown in messages: the end marker as ⏎, others as themselves. */
    public static String display(char c) {
        return c == END ? "⏎" : String.valueOf(c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && v.symbols.equals(symbols);
    }

    @Override
    public int hashCode() {
        return symbols.hashCode();
    }

    @Override
    public String toString() {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < symbols.length(); i++) {
            shown.add(display(symbols.charAt(i)));
        }
        return shown.toString();
    }
}
