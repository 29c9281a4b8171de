package org.practicum.core.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.session.TurnRecord;
import org.practicum.core.simulation.ClientMove;

/**
 * The one thing a supervisor would say first: the pattern across the replies (how many reflected, how many
 * advised, reassured, asked closed questions, stepped past a cue), what it did to the client, and what to
 * try first next time. A list of flags leaves the trainee to find the pattern; this names it.
 */
final class SessionFocus {

    /** Worst first: what to work on when several patterns show. */
    private static final List<FlagKind> ORDER = List.of(FlagKind.MISSED_DISTRESS_CUE, FlagKind.PREMATURE_ADVICE,
            FlagKind.MINIMISING, FlagKind.JUDGING, FlagKind.SELF_FOCUS, FlagKind.CLOSED_QUESTION_STREAK);

    private SessionFocus() {
    }

    /** Where a pattern first showed: the turn, the trainee's words, and whether the client had just voiced risk. */
    private record FirstTime(int turn, String quote, boolean afterRisk) {
    }

    static String of(List<TurnRecord> active, String clientName) {
        int replies = 0;
        int reflections = 0;
        int pulledBack = 0;
        int askedDirectly = 0;
        Map<FlagKind, Integer> flagged = new EnumMap<>(FlagKind.class);
        Map<FlagKind, FirstTime> first = new EnumMap<>(FlagKind.class);
        boolean riskJustVoiced = false;
        for (TurnRecord t : active) {
            Analysis a = t.analysis();
            if (a != null) {
                replies++;
                reflections += a.reflects() ? 1 : 0;
                askedDirectly = askedDirectly == 0 && RiskReview.asksDirectly(a) ? t.turn() : askedDirectly;
                boolean afterRisk = riskJustVoiced;
                a.flags().stream().map(f -> f.kind()).distinct().forEach(k -> flagged.merge(k, 1, Integer::sum));
                a.flags().forEach(f -> first.putIfAbsent(f.kind(), new FirstTime(t.turn(), f.quote(), afterRisk)));
                pulledBack += t.client() != null && withdraws(t.client().move()) ? 1 : 0;
            }
            riskJustVoiced = t.client() != null && t.client().cues().stream().anyMatch(c -> RiskReview.RISK.contains(c.kind()));
        }
        if (replies == 0) {
            return "";
        }
        List<String> counts = new ArrayList<>();
        counts.add(reflections + " said back what " + clientName + " said or felt");
        ORDER.stream().filter(flagged::containsKey).forEach(k -> counts.add(flagged.get(k) + " " + doing(k)));
        String pattern = "Of " + (replies == 1 ? "the 1 reply" : "the " + replies + " replies") + ", "
                + String.join(", ", counts) + "."
                + (pulledBack == 0 ? "" : " " + clientName + " pulled back " + times(pulledBack) + ".");
        return pattern + " " + next(first, askedDirectly, reflections, replies, clientName);
    }

    private static String next(Map<FlagKind, FirstTime> flagged, int askedDirectly, int reflections, int replies,
                               String name) {
        FlagKind first = ORDER.stream().filter(flagged::containsKey).findFirst().orElse(null);
        if (first == null) {
            return reflections * 3 >= replies
                    ? "Next time: keep reflecting like this, and use it to go a layer deeper, to what it means to "
                    + name + "."
                    : "Next time: say back more of what " + name + " tells you before the next question.";
        }
        FirstTime moment = flagged.get(first);
        // A supervisor names the moment, and does not tell a trainee to do what they already did.
        return "Next time, first (turn " + moment.turn() + ", “" + PracticeReview.shortened(moment.quote()) + "”): "
                + switch (first) {
            case MISSED_DISTRESS_CUE -> !moment.afterRisk()
                    ? "when " + name + " tells you something that matters, stay with it before you change the subject: "
                    + "say it back and ask about it."
                    : askedDirectly > 0
                    ? "when " + name + " says something that sounds like despair, stay with it before moving on: name "
                    + "it and ask about it, as you did when you asked directly at turn " + askedDirectly + "."
                    : "when " + name + " says something that sounds like despair, stop there: name it "
                    + "and ask about it, directly if it could be about suicide.";
            case PREMATURE_ADVICE -> "hold back suggestions until you have said back what " + name + " feels and "
                    + name + " has said what they want.";
            case MINIMISING -> "stay with the feeling instead of making it smaller; a reflection does more than "
                    + "reassurance.";
            case JUDGING -> "leave out what " + name + " should or shouldn't have done; ask what it was like instead.";
            case SELF_FOCUS -> "keep the attention on " + name + "'s story rather than your own.";
            case CLOSED_QUESTION_STREAK -> "turn yes/no questions into what or how questions.";
        };
    }

    private static String doing(FlagKind kind) {
        return switch (kind) {
            case MISSED_DISTRESS_CUE -> "moved past a distress cue";
            case PREMATURE_ADVICE -> "gave advice before the feelings were explored";
            case MINIMISING -> "reassured or played it down";
            case JUDGING -> "judged";
            case SELF_FOCUS -> "turned to your own experience";
            case CLOSED_QUESTION_STREAK -> "came in a run of closed questions";
        };
    }

    private static boolean withdraws(ClientMove move) {
        return move == ClientMove.WITHDRAW || move == ClientMove.HURT || move == ClientMove.GO_QUIET
                || move == ClientMove.IRRITATED;
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }
}
