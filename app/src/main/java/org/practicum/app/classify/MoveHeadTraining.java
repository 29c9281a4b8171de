package org.practicum.app.classify;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.practicum.core.analysis.Move;
import org.practicum.core.classify.LinearHead;
import org.practicum.core.classify.MoveFeatures;
import org.practicum.core.classify.MoveThresholds;
import org.practicum.core.classify.SoftmaxTrainer;
import org.practicum.core.classify.TrainingSettings;

/**
 * Trains the move head on {@code training/moves.tsv} and picks each move's threshold by grouped k-fold:
 * rows answering the same client message stay in one fold, so a threshold is never chosen on replies to
 * a message the head was trained on. The threshold is the lowest that keeps out-of-fold precision at
 * {@link #TARGET_PRECISION}, since a false flag costs a trainee's trust more than a missed one (0.9 let the
 * head add false minimising and self-focus flags the rules had not raised on the development cases).
 */
final class MoveHeadTraining {

    /**
     * 1,152 features on about 400 rows: weight decay 0.1 gave the best out-of-fold recall at the target
     * precision of L2 in {1e-3, 1e-2, 3e-2, 0.1} and class weight power in {0.5, 1} (grouped k-fold only).
     */
    static final TrainingSettings SETTINGS = new TrainingSettings(60, 32, 0.002, 0.1, 1.0, 7L);
    static final int FOLDS = 5;
    static final double TARGET_PRECISION = 0.95;
    /** Above every probability: the move is never raised. */
    static final double NEVER = 1.01;

    record Trained(LinearHead head, MoveThresholds thresholds) {}

    private final List<float[]> x = new ArrayList<>();
    private final int[] y;
    private final int[] fold;
    private final List<String> labels;

    MoveHeadTraining(List<LabelledText> rows, MoveFeatures features) {
        labels = new ArrayList<>();
        labels.add(Move.FINE);
        for (Move m : Move.values()) {
            labels.add(m.id());
        }
        y = new int[rows.size()];
        fold = new int[rows.size()];
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            LabelledText row = rows.get(i);
            x.add(features.vector(row.text(), row.context()));
            y[i] = labels.indexOf(row.label());
            if (y[i] < 0) {
                throw new IllegalArgumentException("unknown move '" + row.label() + "' (expected one of " + labels + ")");
            }
            fold[i] = groups.computeIfAbsent(row.context(), c -> groups.size()) % FOLDS;
        }
    }

    Trained train(String source, PrintWriter log) {
        double[][] outOfFold = new double[y.length][];
        for (int f = 0; f < FOLDS; f++) {
            List<float[]> trainX = new ArrayList<>();
            List<Integer> trainY = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (fold[i] != f) {
                    trainX.add(x.get(i));
                    trainY.add(y[i]);
                }
            }
            LinearHead head = new SoftmaxTrainer(SETTINGS).train(trainX,
                    trainY.stream().mapToInt(Integer::intValue).toArray(), labels, source);
            for (int i = 0; i < y.length; i++) {
                if (fold[i] == f) {
                    outOfFold[i] = head.probabilities(x.get(i));
                }
            }
        }
        Map<Move, Double> thresholds = new EnumMap<>(Move.class);
        for (Move m : Move.values()) {
            thresholds.put(m, threshold(labels.indexOf(m.id()), outOfFold, m, log));
        }
        LinearHead head = new SoftmaxTrainer(SETTINGS).train(x, y, labels, source);
        return new Trained(head, new MoveThresholds(thresholds));
    }

    private double threshold(int label, double[][] outOfFold, Move move, PrintWriter log) {
        for (int step = 30; step <= 95; step += 5) {
            double t = step / 100.0;
            int flagged = 0;
            int right = 0;
            int support = 0;
            for (int i = 0; i < y.length; i++) {
                boolean is = y[i] == label;
                support += is ? 1 : 0;
                if (outOfFold[i][label] >= t) {
                    flagged++;
                    right += is ? 1 : 0;
                }
            }
            if (flagged > 0 && (double) right / flagged >= TARGET_PRECISION) {
                log.printf(Locale.ROOT, "moves: %s threshold %.2f, %d-fold grouped precision %.3f recall %.3f (support %d)%n",
                        move.id(), t, FOLDS, (double) right / flagged, (double) right / support, support);
                log.flush();
                return t;
            }
        }
        log.printf(Locale.ROOT, "moves: %s never reaches precision %.2f out of fold: left off%n", move.id(), TARGET_PRECISION);
        log.flush();
        return NEVER;
    }
}
