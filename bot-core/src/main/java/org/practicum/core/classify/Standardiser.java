package org.practicum.core.classify;

import java.util.List;

/** Per-feature mean and spread, used while training and then folded into the weights. */
record Standardiser(double[] mean, double[] scale) {

    private static final double SPARSE_SHARE = 0.05;

    static Standardiser fit(List<float[]> rows) {
        int d = rows.get(0).length;
        double[] mean = new double[d];
        double[] sq = new double[d];
        int[] nonZero = new int[d];
        for (float[] r : rows) {
            if (r.length != d) {
                throw new IllegalArgumentException("feature rows differ in length");
            }
            for (int f = 0; f < d; f++) {
                mean[f] += r[f];
                sq[f] += (double) r[f] * r[f];
                if (r[f] != 0) {
                    nonZero[f]++;
                }
            }
        }
        double[] scale = new double[d];
        for (int f = 0; f < d; f++) {
            if (nonZero[f] < SPARSE_SHARE * rows.size()) {
                // Rare features (hashed words) are left as they are: dividing by their tiny spread
                // would blow them up and let a word seen twice outweigh the whole embedding.
                mean[f] = 0;
                scale[f] = 1;
                continue;
            }
            mean[f] /= rows.size();
            double variance = sq[f] / rows.size() - mean[f] * mean[f];
            // A constant feature carries nothing; a scale of 1 keeps it harmless instead of dividing by 0.
            scale[f] = variance > 1e-12 ? Math.sqrt(variance) : 1;
        }
        return new Standardiser(mean, scale);
    }

    float[] apply(float[] raw) {
        float[] out = new float[raw.length];
        for (int f = 0; f < raw.length; f++) {
            out[f] = (float) ((raw[f] - mean[f]) / scale[f]);
        }
        return out;
    }

    /** w·((x-mean)/scale)+b equals (w/scale)·x + (b - Σ w·mean/scale): the head then takes raw features. */
    LinearHead foldInto(double[][] w, double[] b, List<String> labels, String source) {
        int k = w.length;
        int d = mean.length;
        float[][] weights = new float[k][d];
        float[] bias = new float[k];
        for (int c = 0; c < k; c++) {
            double shift = b[c];
            for (int f = 0; f < d; f++) {
                double wf = w[c][f] / scale[f];
                weights[c][f] = (float) wf;
                shift -= wf * mean[f];
            }
            bias[c] = (float) shift;
        }
        return new LinearHead(source, labels, weights, bias);
    }
}
