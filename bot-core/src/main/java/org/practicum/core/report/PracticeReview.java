package org.practicum.core.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.session.TurnRecord;

/**
 * What went well, in the trainee's words (a direct question about suicide, a reflection of a cue, a repair
 * after a flag), and the risk line: what the client disclosed, whether the trainee asked directly, and what
 * was left unexplored. The risk line is empty when the client disclosed no risk.
 *
 * @param wentWell one line per good move, "Turn 3 · You asked directly about suicide: “…”"
 */
public record PracticeReview(List<String> wentWell, String risk) {

    public static final PracticeReview NONE = new PracticeReview(List.of(), "");

    /** Disclosures that mean the trainee should ask about suicide directly. */
    private static final Set<CueKind> RISK = EnumSet.of(CueKind.IDEATION, CueKind.BURDEN, CueKind.ACUTE,
            CueKind.HOPELESSNESS, CueKind.TRAPPED, CueKind.PURPOSELESSNESS);

    public PracticeReview {
        wentWell = List.copyOf(wentWell);
        risk = risk == null ? "" : risk;
    }

    /** Read from a session's active turns in order: each reply answers the client line of the turn before. */
    public static PracticeReview of(List<TurnRecord> active) {
        List<String> good = new ArrayList<>();
        List<DistressCue> disclosed = new ArrayList<>();
        List<DistressCue> unexplored = new ArrayList<>();
        int askedAt = 0;
        List<DistressCue> answering = List.of();
        boolean flaggedBefore = false;
        for (TurnRecord t : active) {
            Analysis a = t.analysis();
            if (a != null) {
                String words = "“" + shortened(t.traineeText()) + "”";
                boolean riskBefore = answering.stream().anyMatch(c -> RISK.contains(c.kind()));
                if (a.asksAboutRisk()) {
                    askedAt = askedAt == 0 ? t.turn() : askedAt;
                    good.add("Turn " + t.turn() + " · You asked directly about suicide: " + words);
                } else if (a.acknowledgesCue() && a.flags().isEmpty() && a.reflects() && !answering.isEmpty()) {
                    good.add("Turn " + t.turn() + " · You reflected what the client said (“"
                            + shortened(answering.get(0).quote()) + "”): " + words);
                } else if (flaggedBefore && a.flags().isEmpty() && a.invitesOpening()) {
                    good.add("Turn " + t.turn() + " · After a flag, you repaired: " + words);
                }
                if (riskBefore && !a.acknowledgesCue()) {
                    answering.stream().filter(c -> RISK.contains(c.kind())).findFirst().ifPresent(unexplored::add);
                }
                flaggedBefore = !a.flags().isEmpty();
            }
            answering = t.client() == null ? List.of() : t.client().cues();
            answering.stream().filter(c -> RISK.contains(c.kind())).forEach(disclosed::add);
        }
        return new PracticeReview(good, riskLine(disclosed, askedAt, unexplored));
    }

    private static String riskLine(List<DistressCue> disclosed, int askedAt, List<DistressCue> unexplored) {
        if (disclosed.isEmpty()) {
            return "";
        }
        String said = "The client said “" + shortened(disclosed.get(0).quote()) + "” (" + disclosed.get(0).kind()
                .description() + ").";
        String asked = askedAt > 0 ? " You asked directly about suicide at turn " + askedAt + "."
                : " Nobody asked directly about suicide.";
        String left = unexplored.isEmpty() ? "" : " Left unexplored: “" + shortened(unexplored.get(0).quote()) + "”.";
        return said + asked + left;
    }

    private static String shortened(String text) {
        String s = text.strip();
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
