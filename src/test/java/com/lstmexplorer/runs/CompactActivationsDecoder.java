package com.lstmexplorer.runs;

import com.lstmexplorer.testing.Http;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.InflaterInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A second, independent reading of format 2 (docs/wire-format.md) for tests: an activations frame
 * back into the JSON shape of docs/wire-format.md ({@code {"type":"activations","step","quantities","traces"}}),
 * values as doubles of the decoded units. It knows no cell: quantities and relations come from the frame.
 */
final class CompactActivationsDecoder {
    private final InputStream in;

    private CompactActivationsDecoder(byte[] frame) {
        if (!isCompact(frame)) {
            throw new IllegalArgumentException("not a format-" + CompactActivations.VERSION + " activations frame");
        }
        in = new InflaterInputStream(new ByteArrayInputStream(frame, 5, frame.length - 5));
    }

    static boolean isCompact(byte[] frame) {
        return frame.length > 5 && Arrays.equals(frame, 0, 4, CompactActivations.MAGIC, 0, 4)
                && frame[4] == CompactActivations.VERSION;
    }

    static JsonNode decode(byte[] frame) {
        return new CompactActivationsDecoder(frame).read();
    }

    private JsonNode read() {
        int step = (int) unsigned();
        int decimals = (int) unsigned();
        double scale = Math.pow(10, decimals);
        int layers = (int) unsigned();
        int hidden = (int) unsigned();
        ObjectNode frame = Http.JSON.createObjectNode().put("type", "activations").put("step", step);
        ArrayNode described = frame.putArray("quantities");
        List<String> ids = new ArrayList<>();
        for (long q = unsigned(); q > 0; q--) {
            ids.add(text());
            described.addObject().put("id", ids.get(ids.size() - 1)).put("label", text()).put("kind", text())
                    .put("carried", unsigned() == 1);
        }
        int[][] related = new int[ids.size()][];
        int[] targets = new int[(int) unsigned()];
        for (int r = 0; r < targets.length; r++) {
            int code = (int) unsigned();
            targets[r] = (int) unsigned();
            related[targets[r]] = new int[1 + CompactActivations.FORMS.get(code - 1).operands()];
            related[targets[r]][0] = code;
            for (int x = 1; x < related[targets[r]].length; x++) {
                related[targets[r]][x] = (int) unsigned();
            }
        }
        Predictions.Relations relations = new Predictions.Relations(related, targets);
        boolean[] predictor = new boolean[layers];
        for (int l = 0; l < layers; l++) {
            predictor[l] = unsigned() == 1;
        }
        List<String> sequences = new ArrayList<>();
        for (long s = unsigned(); s > 0; s--) {
            sequences.add(text());
        }
        List<int[][]> predictions = new ArrayList<>(); // per sequence: [step] = {char, probability}
        for (String sequence : sequences) {
            int[][] p = new int[sequence.length()][];
            for (int t = 0; t < p.length; t++) {
                p[t] = new int[] {(int) unsigned(), signed()};
            }
            predictions.add(p);
        }
        List<int[][][]> values = new ArrayList<>();
        List<int[]> contexts = new ArrayList<>();
        for (String sequence : sequences) {
            values.add(new int[layers][ids.size()][sequence.length() * hidden]);
            contexts.add(Predictions.contexts(sequence));
        }
        for (int l = 0; l < layers; l++) {
            for (int k : relations.streamOrder()) {
                for (int n = 0; n < hidden; n++) {
                    for (int s = 0; s < sequences.size(); s++) {
                        int[][] v = values.get(s)[l];
                        for (int t = 0; t < sequences.get(s).length(); t++) {
                            int predicted = predictor[l] ? Predictions.predict(related[k], v, k, contexts.get(s), t, n,
                                    hidden, (long) scale) : Predictions.byCharacter(v[k], contexts.get(s), t, n, hidden);
                            v[k][t * hidden + n] = predicted + signed();
                        }
                    }
                }
            }
        }
        ArrayNode traces = frame.putArray("traces");
        for (int s = 0; s < sequences.size(); s++) {
            String sequence = sequences.get(s);
            ObjectNode trace = traces.addObject().put("sequence", sequence);
            ArrayNode steps = trace.putArray("steps");
            for (int t = 0; t < sequence.length(); t++) {
                ObjectNode st = steps.addObject().put("char", String.valueOf(sequence.charAt(t)));
                ArrayNode layerNodes = st.putArray("layers");
                for (int l = 0; l < layers; l++) {
                    ObjectNode layer = layerNodes.addObject();
                    for (int k = 0; k < ids.size(); k++) {
                        ArrayNode a = layer.putArray(ids.get(k));
                        for (int n = 0; n < hidden; n++) {
                            a.add(value(values.get(s)[l][k][t * hidden + n], scale));
                        }
                    }
                }
                int[] p = predictions.get(s)[t];
                st.putObject("prediction").put("char", String.valueOf((char) p[0])).put("probability", value(p[1], scale));
            }
        }
        return frame;
    }

    private static double value(int units, double scale) {
        return switch (units) {
            case CompactActivations.NAN -> Double.NaN;
            case CompactActivations.POSITIVE_INFINITY -> Double.POSITIVE_INFINITY;
            case CompactActivations.NEGATIVE_INFINITY -> Double.NEGATIVE_INFINITY;
            default -> units / scale;
        };
    }

    private long unsigned() {
        try {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                int b = in.read();
                if (b < 0) {
                    throw new IllegalArgumentException("the frame ends inside a number");
                }
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int signed() {
        int z = (int) unsigned();
        return (z >>> 1) ^ -(z & 1);
    }

    private String text() {
        try {
            return new String(in.readNBytes((int) unsigned()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
