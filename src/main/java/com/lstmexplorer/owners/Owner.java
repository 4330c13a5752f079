package com.lstmexplorer.owners;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Whoever holds one owner key, known only by the key's SHA-256 (64 hex digits): that hash is all the server
 * stores, so a database leak gives no key away, and any instance sharing the database recognises the owner.
 */
public record Owner(String hash) {
    public Owner {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an owner is the SHA-256 of a key, 64 hex digits");
        }
    }

    /** The owner holding {@code key}. */
    public static Owner ofKey(String key) {
        return new Owner(sha256(key));
    }

    /** SHA-256 as 64 lower-case hex digits. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** True when {@code other} is this owner (null, an unknown owner, never is). */
    public boolean is(Owner other) {
        return other != null && hash.equals(other.hash);
    }

    @Override
    public String toString() {
        return "Owner[" + hash.substring(0, 8) + "…]";
    }
}
