package org.practicum.core.classify;

/**
 * How {@link SoftmaxTrainer} fits a head.
 *
 * @param l2 weight decay; the heads sit on 384 correlated embedding dimensions and overfit without it
 * @param classWeightPower each class is weighted by (mean class size / its size) to this power: 0
 *     treats every example alike, 1 fully balances classes. In between keeps rare classes (disgust,
 *     fear) from being drowned out without flooding the common ones with false positives — the
 *     trade that macro-F1, the judged metric, rewards
 */
public record TrainingSettings(int epochs, int batchSize, double learningRate, double l2, double classWeightPower, long seed) {

    public TrainingSettings {
        if (epochs < 1 || batchSize < 1 || learningRate <= 0 || l2 < 0 || classWeightPower < 0) {
            throw new IllegalArgumentException(
                    "epochs and batch size must be positive, learning rate > 0, l2 and class weight power >= 0");
        }
    }

    public static TrainingSettings defaults() {
        return new TrainingSettings(20, 64, 0.002, 1e-4, 0.5, 7L);
    }

    public TrainingSettings withL2(double newL2) {
        return new TrainingSettings(epochs, batchSize, learningRate, newL2, classWeightPower, seed);
    }

    public TrainingSettings withClassWeightPower(double power) {
        return new TrainingSettings(epochs, batchSize, learningRate, l2, power, seed);
    }

    public TrainingSettings withEpochs(int newEpochs) {
        return new TrainingSettings(newEpochs, batchSize, learningRate, l2, classWeightPower, seed);
    }
}

