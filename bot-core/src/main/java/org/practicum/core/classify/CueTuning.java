package org.practicum.core.classify;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practicum.core.cue.CueKind;
import org.practicum.core.text.Embedder;

/**
 * Chooses the exemplar similarity threshold and margin for recall: among settings whose recall on
 * cue lines reaches {@link #TARGET_RECALL} (rules and exemplars together, each line matched only
 * against the others), the one with the fewest false alarms on ordinary lines.
 */
public final class CueTuning {

    public static final double TARGET_RECALL = 0.95;
    private static final int FOLDS = 5;

    /** One authored line; {@code kind} is null for an ordinary line. */
    public record Line(CueKind kind, String text) {}

    /** Recall on cue lines and false-alarm rate on ordinary lines. */
    public record Rates(double recall, double falseAlarms) {}

    /** Counts detections: cues caught out of cues, alarms raised on ordinary lines. */
    private static final class Tally {
        private int cues;
        private int caught;
        private int ordinary;
        private int alarms;

        void count(CueExemplars.Exemplar e, boolean detected) {
            if (e.kind() != null) {
                cues++;
                caught += detected ? 1 : 0;
            } else {
                ordinary++;
                alarms += detected ? 1 : 0;
            }
        }

        Rates rates() {
            return new Rates((double) caught / Math.max(1, cues), (double) alarms / Math.max(1, ordinary));
        }
    }

    private CueTuning() {}

    /** Exemplars for all lines with the tuned settings; logs cross-validated rates to {@code log}. */
    public static CueExemplars tuned(List<Line> lines, Embedder embedder, String source, PrintWriter log) {
        List<float[]> vectors = embedder.embedAll(lines.stream().map(Line::text).toList());
        List<CueExemplars.Exemplar> all = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            all.add(new CueExemplars.Exemplar(lines.get(i).kind(), lines.get(i).text(), vectors.get(i)));
        }
        CueExemplars full = choose(new CueExemplars(source, 0, 0, all));
        Rates rates = crossValidated(all, source);
        log.printf(Locale.ROOT, "cues: threshold=%.2f margin=%.3f; %d-fold cross-validated recall=%.3f false_alarms=%.3f%n",
                full.similarityThreshold(), full.margin(), FOLDS, rates.recall(), rates.falseAlarms());
        log.flush();
        return full;
    }

    /** Tunes on all folds but one and measures on the one left out, for every fold in turn. */
    static Rates crossValidated(List<CueExemplars.Exemplar> all, String source) {
        Tally tally = new Tally();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<CueExemplars.Exemplar> train = new ArrayList<>();
            List<CueExemplars.Exemplar> test = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                (i % FOLDS == fold ? test : train).add(all.get(i));
            }
            if (train.stream().noneMatch(e -> e.kind() != null) || train.stream().noneMatch(e -> e.kind() == null)) {
                continue; // too few lines for this fold to hold both sorts; only tiny test sets get here
            }
            CueExemplars tunedOnTrain = choose(new CueExemplars(source, 0, 0, train));
            for (CueExemplars.Exemplar e : test) {
                tally.count(e, detects(e, tunedOnTrain, -1));
            }
        }
        return tally.rates();
    }

    static CueExemplars choose(CueExemplars exemplars) {
        CueExemplars best = null;
        Rates bestRates = null;
        for (int t = 30; t <= 80; t += 2) {
            for (int m = 0; m <= 8; m++) {
                CueExemplars candidate = exemplars.withTuning(t / 100.0, m * 0.025);
                Rates rates = leaveOneOut(candidate);
                if (better(rates, bestRates)) {
                    best = candidate;
                    bestRates = rates;
                }
            }
        }
        return best;
    }

    private static boolean better(Rates r, Rates best) {
        if (best == null) {
            return true;
        }
        boolean meets = r.recall() >= TARGET_RECALL;
        boolean bestMeets = best.recall() >= TARGET_RECALL;
        if (meets != bestMeets) {
            return meets;
        }
        if (!meets) {
            return r.recall() > best.recall();
        }
        return r.falseAlarms() < best.falseAlarms()
                || (r.falseAlarms() == best.falseAlarms() && r.recall() > best.recall());
    }

    static Rates leaveOneOut(CueExemplars exemplars) {
        List<CueExemplars.Exemplar> all = exemplars.exemplars();
        Tally tally = new Tally();
        for (int i = 0; i < all.size(); i++) {
            tally.count(all.get(i), detects(all.get(i), exemplars, i));
        }
        return tally.rates();
    }

    private static boolean detects(CueExemplars.Exemplar line, CueExemplars exemplars, int skip) {
        return !CueLexicon.kindsIn(line.text()).isEmpty()
                || HybridDistressCueDetector.nearestCue(line.vector(), exemplars, skip).isPresent();
    }
}
