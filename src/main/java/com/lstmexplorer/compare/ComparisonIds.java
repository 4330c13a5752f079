package com.lstmexplorer.compare;

import com.lstmexplorer.owners.Owner;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A saved comparison's id, derived from what it compares: SHA-256 over the task, the settings that shape the
 * training (the pace, the metrics and the time left out) and each member's cell and snapshot id (itself the hash of
 * its weights), cut to 128 bits and written base64url, 22 characters like a snapshot's. So saving the same finished
 * comparison twice stores it once, and the id cannot be guessed without the networks' ids.
 */
final class ComparisonIds {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    private ComparisonIds() {
    }

    static String idOf(String task, ComparisonConfig config, List<MemberView> members) {
        // Every part is a token without line breaks (ids, numbers), so one per line cannot be read two ways.
        StringBuilder text = new StringBuilder("comparison 1\n").append(task).append('\n')
                .append(config.layers()).append('\n').append(config.hiddenSize()).append('\n')
                .append(config.seed()).append('\n').append(Double.doubleToLongBits(config.learningRate())).append('\n')
                .append(config.batchSize()).append('\n').append(config.maxSteps()).append('\n')
                .append(config.stopAtSolve()).append('\n').append(members.size()).append('\n');
        for (MemberView member : members) {
            text.append(member.cell()).append('\n').append(member.snapshot()).append('\n');
        }
        byte[] first128Bits = Arrays.copyOf(HexFormat.of().parseHex(Owner.sha256(text.toString())), 16);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(first128Bits);
    }

    /** Whether {@code text} has the form of an id (anything else names no comparison). */
    static boolean looksLikeId(String text) {
        return text != null && ID.matcher(text).matches();
    }
}
