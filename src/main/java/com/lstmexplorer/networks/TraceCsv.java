package com.lstmexplorer.networks;

import com.lstmexplorer.traces.QuantityDescription;
import com.lstmexplorer.traces.TraceJson;
import com.lstmexplorer.traces.TracesResponse;
import java.util.List;

/**
 * Traces as CSV (RFC 4180, UTF-8): one row per sequence, step, layer and neuron, with the quantities the cell
 * records of that neuron (a column each, in the cell's order) after reading the step's character and the
 * network's prediction of the next one. The numbers
 * are those of the JSON traces (same rounding), so both downloads show the same values. Characters are
 * written as they are; one that needs it (a comma, a quote, the end marker "\n") is quoted.
 */
public final class TraceCsv {
    public static final String MEDIA_TYPE = "text/csv";

    private TraceCsv() {
    }

    /** The first line: where the row is, a column per quantity id, then the prediction. */
    public static String header(List<QuantityDescription> quantities) {
        StringBuilder header = new StringBuilder("sequence_index,sequence,step,char,layer,neuron,");
        quantities.forEach(q -> header.append(q.id()).append(','));
        return header.append("predicted,probability").toString();
    }

    public static String of(TracesResponse answer) {
        List<String> ids = answer.quantities().stream().map(QuantityDescription::id).toList();
        List<TraceJson> traces = answer.traces();
        StringBuilder csv = new StringBuilder(header(answer.quantities())).append("\r\n");
        for (int s = 0; s < traces.size(); s++) {
            TraceJson trace = traces.get(s);
            String sequence = quoted(trace.sequence());
            for (int t = 0; t < trace.steps().size(); t++) {
                TraceJson.Step step = trace.steps().get(t);
                String prediction = quoted(step.prediction().symbol()) + "," + step.prediction().probability();
                for (int l = 0; l < step.layers().size(); l++) {
                    TraceJson.Layer layer = step.layers().get(l);
                    int neurons = layer.values().values().stream().mapToInt(v -> v.length).max().orElse(0);
                    for (int n = 0; n < neurons; n++) {
                        csv.append(s).append(',').append(sequence).append(',').append(t).append(',')
                                .append(quoted(step.symbol())).append(',').append(l).append(',').append(n);
                        for (String id : ids) {
                            float[] quantity = layer.get(id);
                            csv.append(',').append(quantity != null && n < quantity.length ? Float.toString(quantity[n]) : "");
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
