package org.practicum.core.classify;

import java.util.List;
import java.util.Objects;

/**
 * A trained softmax layer: one weight row and one bias per label. Immutable once built, so one
 * instance serves any number of threads.
 *
 * @param source what the head was trained on (named in the shipped file and the README)
 */
public record LinearHead(String source, List<String> labels, float[][] weights, float[] bias) {

    public LinearHead {
        Objects.requireNonNull(source, "source");
        labels = List.copyOf(labels);
        if (labels.size() < 2 || weights.length != labels.size() || bias.length != labels.size()) {
            throw new IllegalArgumentException("a head needs one weight row and one bias per label (at least 2)");
        }
        int width = weights[0].length;
        for (float[] row : weights) {
            if (row.length != width) {
                throw new IllegalArgumentException("weight rows differ in length");
            }
        }
    }

    public int featureCount() {
        return weights[0].length;
    }

    /** Softmax probabilities in label order. */
    public double[] probabilities(float[] features) {
        if (features.length != featureCount()) {
            throw new IllegalArgumentException("expected " + featureCount() + " features, got " + features.length);
        }
        double[] scores = new double[labels.size()];
        for (int c = 0; c < scores.length; c++) {
            float[] row = weights[c];
            double s = bias[c];
            for (int i = 0; i < row.length; i++) {
                s += row[i] * features[i];
            }
            scores[c] = s;
        }
        return softmax(scores);
    }

    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        double[] p = new double[scores.length];
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(scores[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    public int labelIndex(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("head has no label '" + label + "'");
        }
        return i;
    }
}
