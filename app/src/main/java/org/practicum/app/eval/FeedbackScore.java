package org.practicum.app.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practicum.core.analysis.FlagKind;

/**
 * Scores flagged against expected flag sets: per kind precision, recall and support, micro-averaged
 * precision and recall over the kinds, and clean, the share of good replies that get no flag.
 */
final class FeedbackScore {

    private final int[] truePositives = new int[FlagKind.values().length];
    private final int[] falsePositives = new int[FlagKind.values().length];
    private final int[] falseNegatives = new int[FlagKind.values().length];
    private final List<String> wrong = new ArrayList<>();
    private int good;
    private int goodClean;
    private int cases;

    void add(String id, Set<String> expect, Set<String> flagged) {
        cases++;
        for (FlagKind k : FlagKind.values()) {
            boolean e = expect.contains(k.id());
            boolean f = flagged.contains(k.id());
            truePositives[k.ordinal()] += e && f ? 1 : 0;
            falsePositives[k.ordinal()] += !e && f ? 1 : 0;
            falseNegatives[k.ordinal()] += e && !f ? 1 : 0;
        }
        if (expect.isEmpty()) {
            good++;
            goodClean += flagged.isEmpty() ? 1 : 0;
        }
        if (!expect.equals(flagged)) {
            wrong.add(id);
        }
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-24s %9s %9s %8s%n", "kind", "precision", "recall", "support");
        for (FlagKind k : FlagKind.values()) {
            int i = k.ordinal();
            out.printf(Locale.ROOT, "%-24s %9s %9s %8d%n", k.id(), format(ratio(truePositives[i], truePositives[i]
                    + falsePositives[i])), format(ratio(truePositives[i], truePositives[i] + falseNegatives[i])),
                    truePositives[i] + falseNegatives[i]);
        }
        out.println("wrong: " + (wrong.isEmpty() ? "none" : String.join(" ", wrong)));
        int tp = sum(truePositives);
        out.printf(Locale.ROOT, "feedback precision=%s recall=%s clean=%s n=%d%n", format(ratio(tp, tp + sum(falsePositives))),
                format(ratio(tp, tp + sum(falseNegatives))), format(ratio(goodClean, good)), cases);
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }

    /** 0 over 0 counts as 1: no flag of a kind raised, none expected, nothing wrong. */
    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 1 : (double) numerator / denominator;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
