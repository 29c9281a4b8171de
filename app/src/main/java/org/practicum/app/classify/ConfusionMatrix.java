package org.practicum.app.classify;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Gold-versus-predicted counts over a fixed label list, with the per-class figures derived from them. */
final class ConfusionMatrix {

    private final List<String> labels;
    private final int[][] counts;
    private int total;

    ConfusionMatrix(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.counts = new int[labels.size()][labels.size()];
    }

    void add(String gold, String predicted) {
        counts[index(gold)][index(predicted)]++;
        total++;
    }

    private int index(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label '" + label + "', expected one of " + labels);
        }
        return i;
    }

    int total() {
        return total;
    }

    double accuracy() {
        int correct = 0;
        for (int c = 0; c < labels.size(); c++) {
            correct += counts[c][c];
        }
        return total == 0 ? 0 : (double) correct / total;
    }

    double precision(String label) {
        int c = index(label);
        int predicted = 0;
        for (int[] row : counts) {
            predicted += row[c];
        }
        return predicted == 0 ? 0 : (double) counts[c][c] / predicted;
    }

    double recall(String label) {
        int c = index(label);
        int gold = support(label);
        return gold == 0 ? 0 : (double) counts[c][c] / gold;
    }

    int support(String label) {
        int gold = 0;
        for (int n : counts[index(label)]) {
            gold += n;
        }
        return gold;
    }

    double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Unweighted mean of the per-class F1 over every label, including labels with no gold rows. */
    double macroF1() {
        return labels.stream().mapToDouble(this::f1).average().orElse(0);
    }

    /** The per-class table, then the matrix with gold labels down and predictions across. */
    void print(PrintWriter out) {
        int width = Math.max(8, labels.stream().mapToInt(String::length).max().orElse(8));
        out.printf(Locale.ROOT, "%-" + width + "s  %9s  %6s  %6s  %7s%n", "class", "precision", "recall", "f1", "support");
        for (String label : labels) {
            out.printf(Locale.ROOT, "%-" + width + "s  %9.4f  %6.4f  %6.4f  %7d%n",
                    label, precision(label), recall(label), f1(label), support(label));
        }
        out.println();
        out.println("confusion matrix (rows = gold, columns = predicted)");
        int cell = Math.max(6, String.valueOf(total).length() + 1);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", ""));
        for (int c = 0; c < labels.size(); c++) {
            header.append(String.format(Locale.ROOT, " %" + cell + "s", abbreviation(c)));
        }
        out.println(header);
        for (int g = 0; g < labels.size(); g++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", labels.get(g)));
            for (int p = 0; p < labels.size(); p++) {
                row.append(String.format(Locale.ROOT, " %" + cell + "d", counts[g][p]));
            }
            out.println(row);
        }
        out.print("columns:");
        for (int c = 0; c < labels.size(); c++) {
            out.print(" " + abbreviation(c) + "=" + labels.get(c));
        }
        out.println();
    }

    /** Short column headings keep an 8-class matrix within a terminal's width. */
    private String abbreviation(int c) {
        return "c" + c;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
