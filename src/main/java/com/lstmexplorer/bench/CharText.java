package com.lstmexplorer.bench;

import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.task.SequenceSampler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * The character language model of the peer benchmark ({@code charlm128}): random 101-character windows
 * of a text, 100 steps read and 100 predicted, over the text's own characters. The text is
 * {@value #RESOURCE}, shipped in the jar; the peer reads the same file with {@code --text}.
 */
final class CharText implements SequenceSampler {
    static final String RESOURCE = "/bench/charlm.txt";
    /** Characters per window, as the peer counts them: the input steps and the one last target. */
    static final int WINDOW = 101;

    private final String text;
    private final Vocabulary vocabulary;

    private CharText(String text) {
        this.text = text;
        TreeSet<Character> chars = new TreeSet<>();
        chars.add(Vocabulary.END);
        text.chars().forEach(c -> chars.add((char) c));
        StringBuilder symbols = new StringBuilder();
        chars.forEach(symbols::append);
        this.vocabulary = Vocabulary.of(symbols.toString()); // sorted, like the peer's vocabulary
    }

    static CharText shipped() {
        try (InputStream in = CharText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bench text " + RESOURCE + " is missing from the classpath");
            }
            return new CharText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The first {@code length} characters of the text (for traces). */
    String prefix(int length) {
        return text.substring(0, length);
    }

    /**
     * WINDOW − 1 characters from a uniform start, as the peer's {@code text[s:s+101]}: the trainer
     * predicts the next character at each of them, the last target being the end marker in place of
     * the window's 101st character, so the work per window (100 steps) matches the peer's.
     */
    @Override
    public String next(RandomGenerator random) {
        int start = random.nextInt(text.length() - WINDOW);
        return text.substring(start, start + WINDOW - 1);
    }
}
