package com.lstmexplorer.networks;

import com.lstmexplorer.traces.TraceJson;
import java.util.List;

/**
 * Traces as CSV (RFC 4180, UTF-8): one row per sequence, step, layer and neuron, with the six quantities of
 * that neuron after reading the step's character and the network's prediction of the next one. The numbers
 * are those of the JSON traces (same rounding), so both downloads show the same values. Characters are
 * written as they are; one that needs it (a comma, a quote, the end marker "\n") is quoted.
 */
public final class TraceCsv {
    public static final String MEDIA_TYPE = "text/csv";
    public static final String HEADER = "sequence_index,sequence,step,char,layer,neuron,"
            + "cell,hidden,input,forget,output,candidate,predicted,probability";

    private TraceCsv() {
    }

    public static String of(List<TraceJson> traces) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int s = 0; s < traces.size(); s++) {
            TraceJson trace = traces.get(s);
            String sequence = quoted(trace.sequence());
            for (int t = 0; t < trace.steps().size(); t++) {
                TraceJson.Step step = trace.steps().get(t);
                String prediction = quoted(step.prediction().symbol()) + "," + step.prediction().probability();
                for (int l = 0; l < step.layers().size(); l++) {
                    TraceJson.Layer layer = step.layers().get(l);
                    for (int n = 0; n < layer.hidden().length; n++) {
                        csv.append(s).append(',').append(sequence).append(',').append(t).append(',')
                                .append(quoted(step.symbol())).append(',').append(l).append(',').append(n);
                        for (float[] quantity : List.of(layer.cell(), layer.hidden(), layer.input(), layer.forget(),
                                layer.output(), layer.candidate())) {
                            csv.append(',').append(n < quantity.length ? Float.toString(quantity[n]) : "");
                        }
                        csv.append(',').append(prediction).append("\r\n");
                    }
                }
            }
        }
        return csv.toString();
    }

    /** A field as RFC 4180 wants it: in double quotes (inner quotes doubled) when it holds , " CR or LF. */
    static String quoted(String field) {
        if (field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
