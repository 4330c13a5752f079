package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.cell.Quantity;
import java.util.ArrayList;
import java.util.List;

/** Every neuron's every quantity fitted against every latent variable over a {@link Recording}. */
public final class Correlations {
    private final Recording recording;
    private final LatentSeries latents;
    private final LinearFit[][][][] fits; // [layer][quantity index][neuron][latent]

    private Correlations(Recording recording, LatentSeries latents, LinearFit[][][][] fits) {
        this.recording = recording;
        this.latents = latents;
        this.fits = fits;
    }

    public static Correlations of(Recording recording, LatentSeries latents) {
        List<LinearFit.Centered> centred = new ArrayList<>();
        for (double[] x : latents.values()) {
            centred.add(LinearFit.Centered.of(x));
        }
        List<Quantity> quantities = recording.quantities();
        LinearFit[][][][] fits = new LinearFit[recording.layers()][quantities.size()][recording.neurons()][];
        for (int l = 0; l < recording.layers(); l++) {
            for (int q = 0; q < quantities.size(); q++) {
                for (int n = 0; n < recording.neurons(); n++) {
                    double[] y = recording.series(l, quantities.get(q), n);
                    LinearFit[] byLatent = new LinearFit[centred.size()];
                    for (int k = 0; k < centred.size(); k++) {
                        byLatent[k] = LinearFit.of(centred.get(k), y);
                    }
                    fits[l][q][n] = byLatent;
                }
            }
        }
        return new Correlations(recording, latents, fits);
    }

    public List<String> latents() {
        return latents.names();
    }

    /** The fit of a neuron's quantity against latent {@code name}. */
    public Label label(int layer, Quantity quantity, int neuron, String name) {
        int k = latents.names().indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("no latent variable '" + name + "'; there are " + latents.names());
        }
        LinearFit fit = fits[layer][recording.quantities().indexOf(quantity)][neuron][k];
        return new Label(layer, neuron, quantity, name, fit.r(), fit.slope(), fit.intercept());
    }

    /** The latent with the largest |r| for this neuron's quantity (the first on ties); null without latents. */
    public Label best(int layer, Quantity quantity, int neuron) {
        String best = null;
        double bestR = -1;
        for (String name : latents.names()) {
            double r = Math.abs(label(layer, quantity, neuron, name).r());
            if (r > bestR) {
                bestR = r;
                best = name;
            }
        }
        return best == null ? null : label(layer, quantity, neuron, best);
    }

    /** The best label of every layer, neuron and quantity, in that order; empty without latents. */
    public List<Label> bests() {
        List<Label> labels = new ArrayList<>();
        if (latents.names().isEmpty()) {
            return labels;
        }
        for (int l = 0; l < recording.layers(); l++) {
            for (int n = 0; n < recording.neurons(); n++) {
                for (Quantity q : recording.quantities()) {
                    labels.add(best(l, q, n));
                }
            }
        }
        return labels;
    }

    /** The neuron and quantity whose best |r| with latent {@code name} is largest, among {@code quantities}. */
    public Label strongest(String name, List<Quantity> quantities) {
        Label best = null;
        for (int l = 0; l < recording.layers(); l++) {
            for (int n = 0; n < recording.neurons(); n++) {
                for (Quantity q : quantities) {
                    Label label = label(l, q, n, name);
                    if (best == null || Math.abs(label.r()) > Math.abs(best.r())) {
                        best = label;
                    }
                }
            }
        }
        return best;
    }
}
