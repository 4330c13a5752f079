package com.lstmexplorer.runs;

import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.TraceStep;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.cell.LayerActivations;
import com.lstmexplorer.model.cell.LstmCell;
import com.lstmexplorer.model.cell.Quantity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Activations frames in their compact binary form, format 1 (docs/wire-format.md documents every
 * byte; {@code frontend/js/explorer/compactFrames.js} decodes it). Each value is sent as the same
 * integer number of 10^-decimals units the JSON form rounds to, so nothing is lost against it; what is
 * sent per value is only its difference from a prediction both sides can make: the same neuron's
 * value after the same character earlier in the sequence, and for LSTM layers the cell and hidden
 * state from their equations (c = f c' + i g, h = o tanh c) on the values already decoded. The
 * differences, as zigzag varints, are deflated once per frame.
 */
final class CompactActivations {
    static final byte[] MAGIC = {'L', 'X', 'A', 'F'};
    static final int VERSION = 1;
    /** Quantities in stream order: the LSTM relations need the gates before the cell, the cell before hidden. */
    static final List<Quantity> ORDER = List.of(LstmCell.INPUT, LstmCell.FORGET, LstmCell.OUTPUT,
            LstmCell.CANDIDATE, LstmCell.CELL, LstmCell.HIDDEN);
    /** Reserved integers for values that are not numbers (a diverged network). */
    static final int NAN = Integer.MIN_VALUE;
    static final int POSITIVE_INFINITY = Integer.MAX_VALUE;
    static final int NEGATIVE_INFINITY = Integer.MIN_VALUE + 1;

    private CompactActivations() {
    }

    /** The frame body: magic, version, then the zlib stream. */
    static byte[] encode(int step, List<Trace> traces, int decimals) {
        long scale = Math.round(Math.pow(10, decimals));
        int layers = traces.isEmpty() || traces.get(0).steps().isEmpty() ? 0 : traces.get(0).steps().get(0).layers().size();
        int hidden = layers == 0 ? 0 : traces.get(0).steps().get(0).layers().get(0).size();
        List<int[][][]> values = new ArrayList<>(); // per sequence: [layer][quantity][step * hidden + neuron]
        boolean finite = true;
        for (Trace trace : traces) {
            int[][][] v = new int[layers][ORDER.size()][trace.steps().size() * hidden];
            for (int t = 0; t < trace.steps().size(); t++) {
                for (int l = 0; l < layers; l++) {
                    LayerActivations a = trace.steps().get(t).layers().get(l);
                    for (int k = 0; k < ORDER.size(); k++) {
                        double[] x = a.get(ORDER.get(k));
                        for (int n = 0; n < hidden; n++) {
                            int q = quantise(x.length == 0 ? 0 : x[n], scale);
                            finite &= q != NAN && q != POSITIVE_INFINITY && q != NEGATIVE_INFINITY;
                            v[l][k][t * hidden + n] = q;
                        }
                    }
                }
            }
            values.add(v);
        }
        Varints out = new Varints();
        out.unsigned(step);
        out.unsigned(decimals);
        out.unsigned(layers);
        out.unsigned(hidden);
        out.unsigned(ORDER.size());
        ORDER.forEach(q -> out.text(q.id()));
        boolean lstm = finite && layers > 0 && traces.get(0).steps().get(0).layers().get(0).spec().equals(CellType.LSTM.spec());
        for (int l = 0; l < layers; l++) {
            out.unsigned(lstm ? 1 : 0);
        }
        out.unsigned(traces.size());
        traces.forEach(trace -> out.text(trace.sequence()));
        for (Trace trace : traces) {
            for (TraceStep s : trace.steps()) {
                out.unsigned(s.predicted());
                out.signed(quantise(s.probability(), scale));
            }
        }
        List<int[]> contexts = traces.stream().map(trace -> Predictions.contexts(trace.sequence())).toList();
        for (int l = 0; l < layers; l++) {
            for (int k = 0; k < ORDER.size(); k++) {
                for (int n = 0; n < hidden; n++) {
                    for (int s = 0; s < traces.size(); s++) {
                        int[][] v = values.get(s)[l];
                        for (int t = 0; t < contexts.get(s).length; t++) {
                            int predicted = lstm ? Predictions.lstm(ORDER.get(k), v, k, contexts.get(s), t, n, hidden, scale)
                                    : Predictions.byCharacter(v[k], contexts.get(s), t, n, hidden);
                            out.signed(v[k][t * hidden + n] - predicted); // wraps like the decoder's int32
                        }
                    }
                }
            }
        }
        return out.deflated();
    }

    /** {@code value} in units of 1/scale, rounded half up as the JSON form does; reserved codes if not finite. */
    static int quantise(double value, long scale) {
        if (Double.isNaN(value)) {
            return NAN;
        }
        double units = Math.floor(value * scale + 0.5);
        if (units >= POSITIVE_INFINITY) {
            return POSITIVE_INFINITY;
        }
        return units <= NEGATIVE_INFINITY ? NEGATIVE_INFINITY : (int) units;
    }

    /** Unsigned LEB128 varints, zigzag for signed numbers, deflated at the end. */
    private static final class Varints {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);

        void unsigned(long value) {
            while ((value & ~0x7fL) != 0) {
                bytes.write((int) (value & 0x7f) | 0x80);
                value >>>= 7;
            }
            bytes.write((int) value);
        }

        void signed(int value) {
            unsigned(((value << 1) ^ (value >> 31)) & 0xffffffffL);
        }

        void text(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            unsigned(utf8.length);
            bytes.writeBytes(utf8);
        }

        byte[] deflated() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.size() / 2);
            out.writeBytes(MAGIC);
            out.write(VERSION);
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater, 1 << 16)) {
                bytes.writeTo(z);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e); // in memory: cannot happen
            } finally {
                deflater.end();
            }
            return out.toByteArray();
        }
    }
}
