package com.lstmexplorer.model.cell;

import java.util.List;

/**
 * What a cell is, as data: its quantities in recording order, and its parameter layout. Every cell has
 * {@code Wx} (input × width), {@code Wh} (H × width) and {@code b} (1 × width), width = blocks·H, the
 * blocks fused side by side in the listed order; {@code extras} are further 1 × blocks·H vectors
 * (peepholes, a recurrent bias). A layer's parameter named {@code layer<l>.<name>}.
 *
 * @param blocks        the fused blocks of Wx, Wh and b, e.g. [i, f, o, g]
 * @param extras        further vectors after b, in parameter order
 * @param initialBiases bias blocks that do not start at 0
 * @param relations     equations that make some quantities from others ({@link Relation}), in the order the
 *                      cell computes them: an operand is a quantity no relation makes, or one an earlier relation makes
 */
public record CellSpec(String id, String label, List<Quantity> quantities, List<String> blocks, List<Vector> extras,
                       List<InitialBias> initialBiases, List<Relation> relations) {

    /** A 1 × blocks·H parameter named {@code <layer>.<name>}. */
    public record Vector(String name, List<String> blocks) {
        public Vector {
            blocks = List.copyOf(blocks);
        }
    }

    /** Block {@code block} of b starts at {@code value} in every neuron. */
    public record InitialBias(String block, double value) {
    }

    public CellSpec {
        quantities = List.copyOf(quantities);
        blocks = List.copyOf(blocks);
        extras = List.copyOf(extras);
        initialBiases = List.copyOf(initialBiases);
        relations = List.copyOf(relations);
        checkRelations(quantities, relations);
    }

    /** A cell whose quantities follow from no equation another reader could use. */
    public CellSpec(String id, String label, List<Quantity> quantities, List<String> blocks, List<Vector> extras,
                    List<InitialBias> initialBiases) {
        this(id, label, quantities, blocks, extras, initialBiases, List.of());
    }

    private static void checkRelations(List<Quantity> quantities, List<Relation> relations) {
        List<String> ids = quantities.stream().map(Quantity::id).toList();
        List<String> targets = relations.stream().map(Relation::target).toList();
        for (int r = 0; r < relations.size(); r++) {
            Relation relation = relations.get(r);
            if (!ids.contains(relation.target()) || targets.indexOf(relation.target()) != r) {
                throw new IllegalArgumentException("relation " + r + " makes '" + relation.target()
                        + "', which is not a quantity or is made twice");
            }
            for (String operand : relation.operands()) {
                int made = targets.indexOf(operand);
                if (!ids.contains(operand) || made >= r) {
                    throw new IllegalArgumentException("relation " + r + " for '" + relation.target() + "' reads '"
                            + operand + "', which is not a quantity or is made only later");
                }
            }
        }
    }

    /** Position of quantity {@code id} in {@link #quantities()}, or −1. */
    public int indexOf(String id) {
        for (int q = 0; q < quantities.size(); q++) {
            if (quantities.get(q).id().equals(id)) {
                return q;
            }
        }
        return -1;
    }

    /** Position of quantity {@code id}; fails naming the ones this cell has. */
    public int index(String id) {
        int q = indexOf(id);
        if (q < 0) {
            throw new IllegalArgumentException("unknown quantity '" + id + "' for " + label + " cells; expected one of "
                    + String.join(", ", quantities.stream().map(Quantity::id).toList()));
        }
        return q;
    }

    /** The quantity named {@code id}; fails naming the ones this cell has. */
    public Quantity quantity(String id) {
        return quantities.get(index(id));
    }

    /** The carried quantities in order: what {@link StepPass#hold} overwrites. */
    public List<Quantity> carried() {
        return quantities.stream().filter(Quantity::carried).toList();
    }

    /** Columns of Wx, Wh and b for H neurons. */
    public int width(int H) {
        return blocks.size() * H;
    }
}
