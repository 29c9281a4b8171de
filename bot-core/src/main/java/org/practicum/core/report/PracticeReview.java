package org.practicum.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.Skill;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.TurnRecord;

/**
 * The supervisor's part of the debrief: the pattern across the replies and what to work on first
 * ({@link SessionFocus}), what went well in the trainee's words (a direct question about suicide, a
 * reflection of a cue, a repair after a flag), and the risk line ({@link RiskReview}).
 *
 * @param focus    the pattern and the first thing to try next time; empty without replies
 * @param wentWell one line per good move, "Turn 3 · You asked directly about suicide: “…”"
 * @param risk     empty when no risk was disclosed and none was left to find
 */
public record PracticeReview(String focus, List<String> wentWell, String risk) {

    public static final PracticeReview NONE = new PracticeReview("", List.of(), "");

    /** Changing the subject is not a way back after a flag, however open the question. */
    private static final Pattern CHANGES_SUBJECT = Pattern.compile(
            "^\\W*(?:\\w+\\W+){0,3}?(anyway|by the way|on another note|on a lighter note|changing the subject|moving on)\\b");

    /** Words that return to the client after a misstep. */
    private static final Pattern GOES_BACK = Pattern.compile("\\b(sorry|i jumped|i rushed|i went past|let me go back"
            + "|going back to|back to what you said|what's (it|that|this) (been )?like|how (has|is|was) (it|that|this)"
            + "|tell me more|say more)\\b");

    public PracticeReview {
        focus = focus == null ? "" : focus;
        wentWell = List.copyOf(wentWell);
        risk = risk == null ? "" : risk;
    }

    /** Without the scenario: nothing is said about a story the session never reached. */
    public static PracticeReview of(List<TurnRecord> active) {
        return of(active, null);
    }

    /** Read from a session's active turns in order: each reply answers the client line of the turn before. */
    public static PracticeReview of(List<TurnRecord> active, Scenario scenario) {
        List<String> good = new ArrayList<>();
        List<DistressCue> answering = List.of();
        boolean flaggedBefore = false;
        for (TurnRecord t : active) {
            Analysis a = t.analysis();
            if (a != null) {
                String words = "“" + shortened(t.traineeText()) + "”";
                if (RiskReview.asksDirectly(a)) {
                    good.add("Turn " + t.turn() + " · You asked directly about suicide: " + words);
                } else if (a.asksAboutRisk() && a.understanding().risk() != null) {
                    good.add("Turn " + t.turn() + " · You asked " + RiskReview.asWords(a.understanding().risk()) + ": "
                            + words);
                } else if (a.acknowledgesCue() && a.flags().isEmpty() && a.reflects() && !answering.isEmpty()) {
                    good.add("Turn " + t.turn() + " · You reflected what the client said (“"
                            + shortened(answering.get(0).quote()) + "”): " + words);
                } else if (flaggedBefore && repairs(a, t.traineeText())) {
                    good.add("Turn " + t.turn() + " · After a flag, you came back to the client: " + words);
                }
                flaggedBefore = !a.flags().isEmpty();
            }
            answering = t.client() == null ? List.of() : t.client().cues();
        }
        String name = scenario == null ? "the client" : scenario.persona().firstName();
        return new PracticeReview(SessionFocus.of(active, name), good, RiskReview.of(active, scenario));
    }

    /**
     * A way back: nothing flagged, no advice, not a change of subject or a run of yes/no questions, and it goes back to the client: a
     * reflection, an apology for the move, or a question about what they said ("what's that been like?").
     * An open question alone is not enough: "So what are you having for tea?" is open too.
     */
    private static boolean repairs(Analysis a, String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return a.flags().isEmpty() && (a.reflects() || GOES_BACK.matcher(lower).find())
                && a.sentences().stream().noneMatch(s -> s.skill().isAdvice())
                && !CHANGES_SUBJECT.matcher(lower).find() && !onlyClosedQuestions(a);
    }

    /** "Sorry. Was it a warehouse job?": yes/no questions and no reflection go on interviewing, not back to the client. */
    private static boolean onlyClosedQuestions(Analysis a) {
        return !a.reflects() && a.sentences().stream().anyMatch(s -> s.skill() == Skill.CLOSED_QUESTION)
                && a.sentences().stream().noneMatch(s -> s.skill() == Skill.OPEN_QUESTION);
    }

    static String shortened(String text) {
        String s = text.strip();
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
