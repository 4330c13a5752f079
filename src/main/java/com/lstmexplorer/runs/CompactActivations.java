package com.lstmexplorer.runs;

import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.TraceStep;
import com.lstmexplorer.model.cell.CellSpec;
import com.lstmexplorer.model.cell.LayerActivations;
import com.lstmexplorer.model.cell.Quantity;
import com.lstmexplorer.model.cell.Relation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Activations frames in their compact binary form, format 2 (docs/wire-format.md documents every
 * byte; {@code frontend/js/explorer/compactFrames.js} decodes it). The frame says which quantities its
 * cell records and how the cell makes some from others ({@link Relation}). Each value is sent as the
 * same integer number of 10^-decimals units the JSON form rounds to, so nothing is lost against it;
 * what is sent per value is only its difference from a prediction both sides can make: the value a
 * relation of the cell makes from the values already decoded (an LSTM's c = f c' + i g, h = o tanh c),
 * else the same neuron's value after the same character earlier in the sequence. The differences, as
 * zigzag varints, are deflated once per frame.
 */
final class CompactActivations {
    static final byte[] MAGIC = {'L', 'X', 'A', 'F'};
    static final int VERSION = 2;
    /** The relations' forms by their code on the wire: code 1 is the first. */
    static final List<Relation.Form> FORMS = List.of(Relation.Form.BLEND, Relation.Form.COUPLED_BLEND,
            Relation.Form.SQUASH);
    /** Reserved integers for values that are not numbers (a diverged network). */
    static final int NAN = Integer.MIN_VALUE;
    static final int POSITIVE_INFINITY = Integer.MAX_VALUE;
    static final int NEGATIVE_INFINITY = Integer.MIN_VALUE + 1;

    private CompactActivations() {
    }

    /** The frame body: magic, version, then the zlib stream. */
    static byte[] encode(int step, List<Trace> traces, int decimals) {
        long scale = Math.round(Math.pow(10, decimals));
        LayerActivations first = traces.isEmpty() || traces.get(0).steps().isEmpty() ? null
                : traces.get(0).steps().get(0).layers().get(0);
        int layers = first == null ? 0 : traces.get(0).steps().get(0).layers().size();
        int hidden = first == null ? 0 : first.size();
        List<Quantity> quantities = first == null ? List.of() : first.spec().quantities();
        List<Relation> relations = first == null ? List.of() : first.spec().relations();
        List<int[][][]> values = new ArrayList<>(); // per sequence: [layer][quantity][step * hidden + neuron]
        boolean finite = true;
        for (Trace trace : traces) {
            int[][][] v = new int[layers][quantities.size()][trace.steps().size() * hidden];
            for (int t = 0; t < trace.steps().size(); t++) {
                for (int l = 0; l < layers; l++) {
                    LayerActivations a = trace.steps().get(t).layers().get(l);
                    for (int k = 0; k < quantities.size(); k++) {
                        for (int n = 0; n < hidden; n++) {
                            int q = quantise(a.get(k)[n], scale);
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
        out.unsigned(quantities.size());
        for (Quantity q : quantities) {
            out.text(q.id());
            out.text(q.label());
            out.text(q.kind().name().toLowerCase(Locale.ROOT));
            out.unsigned(q.carried() ? 1 : 0);
        }
        Predictions.Relations related = relations(first == null ? null : first.spec(), out);
        for (int l = 0; l < layers; l++) {
            out.unsigned(finite ? 1 : 0);
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
            for (int k : related.streamOrder()) {
                for (int n = 0; n < hidden; n++) {
                    for (int s = 0; s < traces.size(); s++) {
                        int[][] v = values.get(s)[l];
                        for (int t = 0; t < contexts.get(s).length; t++) {
                            int predicted = finite ? Predictions.predict(related.byQuantity()[k], v, k, contexts.get(s), t, n, hidden, scale)
                                    : Predictions.byCharacter(v[k], contexts.get(s), t, n, hidden);
                            out.signed(v[k][t * hidden + n] - predicted); // wraps like the decoder's int32
                        }
                    }
                }
            }
        }
        return out.deflated();
    }

    /** Writes the spec's relations, and returns them as the predictions read them. */
    private static Predictions.Relations relations(CellSpec spec, Varints out) {
        List<Relation> relations = spec == null ? List.of() : spec.relations();
        int[][] related = new int[spec == null ? 0 : spec.quantities().size()][];
        int[] targets = new int[relations.size()];
        out.unsigned(relations.size());
        for (int r = 0; r < relations.size(); r++) {
            Relation relation = relations.get(r);
            int[] written = new int[1 + relation.operands().size()];
            written[0] = FORMS.indexOf(relation.form()) + 1;
            out.unsigned(written[0]);
            out.unsigned(spec.index(relation.target()));
            for (int x = 0; x < relation.operands().size(); x++) {
                written[1 + x] = spec.index(relation.operands().get(x));
                out.unsigned(written[1 + x]);
            }
            targets[r] = spec.index(relation.target());
            related[targets[r]] = written;
        }
        return new Predictions.Relations(related, targets);
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
