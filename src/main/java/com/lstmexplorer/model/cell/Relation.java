package com.lstmexplorer.model.cell;

import java.util.List;

/**
 * An equation of its cell that makes quantity {@code target} from others it records at the same step,
 * so that a reader of the others can predict it (the live-frame codec sends only the difference).
 * Operands are quantity ids of the same {@link CellSpec}; {@code target′} is the target at the step
 * before (0 before the first). A cell lists only the relations its forward pass computes exactly.
 */
public record Relation(String target, Form form, List<String> operands) {

    /** The shape of the equation, with its operands in order. */
    public enum Form {
        /** target = a ⊙ target′ + b ⊙ c, operands (a, b, c): an LSTM's c = f ⊙ c′ + i ⊙ g. */
        BLEND(3),
        /** target = a ⊙ target′ + (1 − a) ⊙ b, operands (a, b), a in (0, 1): a GRU's h = z ⊙ h′ + (1 − z) ⊙ n. */
        COUPLED_BLEND(2),
        /** target = a ⊙ tanh(b), operands (a, b): an LSTM's h = o ⊙ tanh(c). */
        SQUASH(2);

        private final int operands;

        Form(int operands) {
            this.operands = operands;
        }

        public int operands() {
            return operands;
        }
    }

    public Relation {
        operands = List.copyOf(operands);
        if (operands.size() != form.operands()) {
            throw new IllegalArgumentException(form + " takes " + form.operands() + " operands, got " + operands);
        }
    }

    public static Relation blend(String target, String keep, String gain, String addend) {
        return new Relation(target, Form.BLEND, List.of(keep, gain, addend));
    }

    public static Relation coupledBlend(String target, String keep, String addend) {
        return new Relation(target, Form.COUPLED_BLEND, List.of(keep, addend));
    }

    public static Relation squash(String target, String gate, String argument) {
        return new Relation(target, Form.SQUASH, List.of(gate, argument));
    }
}
