package com.lstmexplorer.model;

/** A character that is not in a network's vocabulary, with its 0-based position in the text. */
public final class UnknownSymbolException extends IllegalArgumentException {
    private final char symbol;
    private final int position;

    public UnknownSymbolException(char symbol, int position, Vocabulary vocabulary) {
        super("character '" + Vocabulary.display(symbol) + "' at position " + (position + 1)
                + " is not in this network's vocabulary " + vocabulary);
        this.symbol = symbol;
        this.position = position;
    }

    public char symbol() {
        return symbol;
    }

    /** 0-based index of the character in the encoded text. */
    public int position() {
        return position;
    }
}
