package org.practicum.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.review.FlagAgreement;

/**
 * Reviewer agreement as a table, one row per kind of flag: how often reviewers agreed, disagreed or
 * were not sure about the flags raised, how many they added as missed, and the two rates that follow.
 * Worded once; a platform lays it out as aligned columns or as labelled fields.
 */
public record AgreementTable(List<String> headers, List<List<String>> rows) {

    public static final List<String> HEADERS = List.of("Flag", "Agreed", "Disagreed", "Not sure",
            "Added by reviewers", "Agreement", "Recall as judged");
    /** How the two rates are read, under the table. */
    public static final String KEY = "Agreement: of the raised flags reviewers decided on, the share they agreed "
            + "with. Recall as judged: of the flags reviewers say belong (agreed and added), the share the tool raised.";

    public AgreementTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static AgreementTable of(List<FlagAgreement> agreement) {
        List<List<String>> rows = new ArrayList<>();
        for (FlagAgreement a : agreement) {
            rows.add(List.of(FlagKind.labelOf(a.flagKind()), Integer.toString(a.agreed()), Integer.toString(a.disagreed()),
                    Integer.toString(a.unsure()), Integer.toString(a.added()), percent(a.agreement()),
                    percent(a.recall())));
        }
        return new AgreementTable(HEADERS, rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table in fixed-width columns: the flag left-aligned, the figures right-aligned. */
    public String aligned() {
        int[] widths = new int[headers.size()];
        for (List<String> line : lines()) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> line : lines()) {
            for (int i = 0; i < line.size(); i++) {
                String cell = line.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                sb.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private List<List<String>> lines() {
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        return all;
    }

    private static String percent(Double rate) {
        return rate == null ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * rate);
    }
}
