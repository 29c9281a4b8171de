package org.practicum.core.classify;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression fitted with mini-batch Adam. Written by hand because the heads
 * are a few thousand weights and no small, maintained JVM library fits better than ~100 lines.
 *
 * <p>Features are standardised while training (the cheap features live on very different scales
 * from embedding dimensions) and the scaling is folded back into the returned weights, so the head
 * takes raw features.
 */
public final class SoftmaxTrainer {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final TrainingSettings settings;

    public SoftmaxTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    public LinearHead train(List<float[]> features, int[] targets, List<String> labels, String source) {
        int n = features.size();
        if (n == 0 || n != targets.length) {
            throw new IllegalArgumentException("need one target per example and at least one example");
        }
        int k = labels.size();
        int d = features.get(0).length;
        Standardiser standardiser = Standardiser.fit(features);
        float[][] x = new float[n][];
        for (int i = 0; i < n; i++) {
            x[i] = standardiser.apply(features.get(i));
        }
        double[] classWeight = classWeights(targets, k);

        double[][] w = new double[k][d];
        double[] b = new double[k];
        double[][] mw = new double[k][d];
        double[][] vw = new double[k][d];
        double[] mb = new double[k];
        double[] vb = new double[k];
        double[][] gw = new double[k][d];
        double[] gb = new double[k];
        double[] scores = new double[k];

        Random random = new Random(settings.seed());
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long step = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int start = 0; start < n; start += settings.batchSize()) {
                int end = Math.min(n, start + settings.batchSize());
                for (int c = 0; c < k; c++) {
                    java.util.Arrays.fill(gw[c], 0);
                }
                java.util.Arrays.fill(gb, 0);
                double batchWeight = 0;
                for (int j = start; j < end; j++) {
                    int i = order[j];
                    float[] xi = x[i];
                    for (int c = 0; c < k; c++) {
                        double s = b[c];
                        double[] wc = w[c];
                        for (int f = 0; f < d; f++) {
                            s += wc[f] * xi[f];
                        }
                        scores[c] = s;
                    }
                    double[] p = LinearHead.softmax(scores);
                    double cw = classWeight[targets[i]];
                    batchWeight += cw;
                    for (int c = 0; c < k; c++) {
                        double g = cw * (p[c] - (c == targets[i] ? 1 : 0));
                        gb[c] += g;
                        double[] gwc = gw[c];
                        for (int f = 0; f < d; f++) {
                            gwc[f] += g * xi[f];
                        }
                    }
                }
                step++;
                double correction1 = 1 - Math.pow(BETA1, step);
                double correction2 = 1 - Math.pow(BETA2, step);
                double lr = settings.learningRate();
                for (int c = 0; c < k; c++) {
                    for (int f = 0; f < d; f++) {
                        double g = gw[c][f] / batchWeight + settings.l2() * w[c][f];
                        mw[c][f] = BETA1 * mw[c][f] + (1 - BETA1) * g;
                        vw[c][f] = BETA2 * vw[c][f] + (1 - BETA2) * g * g;
                        w[c][f] -= lr * (mw[c][f] / correction1) / (Math.sqrt(vw[c][f] / correction2) + EPSILON);
                    }
                    double g = gb[c] / batchWeight;
                    mb[c] = BETA1 * mb[c] + (1 - BETA1) * g;
                    vb[c] = BETA2 * vb[c] + (1 - BETA2) * g * g;
                    b[c] -= lr * (mb[c] / correction1) / (Math.sqrt(vb[c] / correction2) + EPSILON);
                }
            }
        }
        return standardiser.foldInto(w, b, labels, source);
    }

    private double[] classWeights(int[] targets, int k) {
        double[] counts = new double[k];
        for (int t : targets) {
            if (t < 0 || t >= k) {
                throw new IllegalArgumentException("target " + t + " is not a label index");
            }
            counts[t]++;
        }
        double[] weights = new double[k];
        for (int c = 0; c < k; c++) {
            weights[c] = counts[c] == 0 ? 0 : Math.pow(targets.length / (k * counts[c]), settings.classWeightPower());
        }
        return weights;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
