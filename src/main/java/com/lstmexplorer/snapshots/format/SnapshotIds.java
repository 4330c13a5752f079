package com.lstmexplorer.snapshots.format;

import com.lstmexplorer.model.NamedMatrix;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Snapshot ids derived from content: SHA-256 over the task, the vocabulary, the shape and the exact bits of
 * every weight (not title, metrics or time), cut to 128 bits and written base64url: 22 URL-safe characters.
 * The same network always gets the same id; without the weights an id cannot be predicted.
 * Hashing bits rather than JSON text keeps ids stable whatever number formatting a JSON library uses.
 */
public final class SnapshotIds {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    private SnapshotIds() {
    }

    static String idOf(String task, List<String> vocabulary, SnapshotConfig config, List<NamedMatrix> weights) {
        MessageDigest sha256 = sha256();
        try (DataOutputStream out = new DataOutputStream(
                new DigestOutputStream(OutputStream.nullOutputStream(), sha256))) {
            writeString(out, task);
            out.writeInt(vocabulary.size());
            for (String symbol : vocabulary) {
                writeString(out, symbol);
            }
            writeString(out, config.cell());
            out.writeInt(config.layers());
            out.writeInt(config.hiddenSize());
            out.writeInt(weights.size());
            for (NamedMatrix w : weights) {
                writeString(out, w.name());
                out.writeInt(w.rows());
                out.writeInt(w.cols());
                for (double v : w.values()) {
                    out.writeLong(Double.doubleToLongBits(v));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] first128Bits = Arrays.copyOf(sha256.digest(), 16);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(first128Bits);
    }

    /** Whether {@code text} has the form of an id (anything else cannot name a snapshot). */
    public static boolean looksLikeId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** Length-prefixed UTF-8, so that ("ab","c") and ("a","bc") hash differently. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
