package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.cell.Quantity;
import java.util.Locale;

/** How the captions and labels write quantities, characters and numbers. */
final class Words {
    private Words() {
    }

    /** "cell", "hidden state", "input gate", "candidate". */
    static String quantity(Quantity q) {
        return q.label();
    }

    /** The end marker as ⏎, a space as ␣, anything else as itself. */
    static String symbol(char c) {
        return c == Vocabulary.END ? "\u23CE" : c == ' ' ? "\u2423" : String.valueOf(c);
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    /** A percentage that says 100% only when it is: 0.998 is "99.8%". */
    static String percent(double fraction) {
        double p = fraction * 100;
        String whole = String.format(Locale.ROOT, "%.0f", p);
        boolean misleading = (whole.equals("100") && fraction < 1) || (whole.equals("0") && fraction > 0);
        return (misleading ? String.format(Locale.ROOT, "%.1f", p) : whole) + "%";
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
