package org.practicum.core.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.Intent;
import org.practicum.core.analysis.Understanding;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.scenario.Layer;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.SafetyAnswers;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.TurnRecord;
import org.practicum.core.simulation.ClientState;

/**
 * The debrief's risk line, as a supervisor would say it: what the client disclosed and when, whether the
 * trainee asked directly after it, which safety-planning questions followed a yes, and what was left
 * unexplored. When nothing came up but the person's story held thoughts of not being here, it says so,
 * since a trainee who never got there needs to know there was something to find.
 */
final class RiskReview {

    /** Disclosures that mean the trainee should ask about suicide directly. */
    static final Set<CueKind> RISK = EnumSet.of(CueKind.IDEATION, CueKind.BURDEN, CueKind.ACUTE,
            CueKind.HOPELESSNESS, CueKind.TRAPPED, CueKind.PURPOSELESSNESS);

    /** What safety-planning practice asks after a yes, in the words the line uses. */
    private static final List<RiskQuestion> FOLLOW_UPS = List.of(RiskQuestion.FREQUENCY, RiskQuestion.PLAN,
            RiskQuestion.REASONS, RiskQuestion.WHO_KNOWS, RiskQuestion.SAFETY);

    private RiskReview() {
    }

    /** {@code scenario} may be null (then nothing is said about what was never reached). */
    static String of(List<TurnRecord> active, Scenario scenario) {
        DistressCue first = null;
        int disclosedAt = 0;
        boolean byAnswer = false;
        int yesAt = 0;
        String yes = "";
        StringBuilder toldSince = new StringBuilder();
        List<Integer> asks = new ArrayList<>();
        List<DistressCue> unexplored = new ArrayList<>();
        List<DistressCue> answering = List.of();
        for (TurnRecord t : active) {
            Analysis a = t.analysis();
            if (a != null) {
                if (asksDirectly(a)) {
                    asks.add(t.turn());
                }
                if (!a.acknowledgesCue()) {
                    answering.stream().filter(c -> RISK.contains(c.kind())).findFirst().ifPresent(unexplored::add);
                }
            }
            if (yesAt == 0 && t.client() != null && t.stateAfter() != null && t.stateAfter().riskDisclosed()) {
                yesAt = t.turn();
                yes = t.client().text();
            }
            if (yesAt > 0 && t.client() != null) {
                toldSince.append(' ').append(t.client().text().toLowerCase(Locale.ROOT).replace('’', '\''));
            }
            answering = t.client() == null ? List.of() : t.client().cues();
            DistressCue risk = answering.stream().filter(c -> RISK.contains(c.kind())).findFirst().orElse(null);
            boolean answeredYes = risk == null && t.client() != null && t.stateAfter() != null
                    && t.stateAfter().riskDisclosed();
            if (first == null && (risk != null || answeredYes)) {
                // a yes to the direct question is a disclosure too, though its words may carry no cue
                first = risk != null ? risk : new DistressCue(CueKind.IDEATION, t.client().text());
                disclosedAt = t.turn();
                byAnswer = answeredYes;
            }
        }
        ClientState last = lastState(active);
        if (first == null) {
            return unreached(scenario, last, asks);
        }
        StringBuilder line = new StringBuilder("The client said “" + PracticeReview.shortened(first.quote()) + "” ("
                + first.kind().description() + ")" + (disclosedAt > 0 ? " at turn " + disclosedAt : "") + ".");
        int at = byAnswer ? disclosedAt - 1 : disclosedAt;   // the question that drew the yes counts as asked
        int after = asks.stream().filter(turn -> turn > at).findFirst().orElse(0);
        int before = asks.stream().filter(turn -> turn <= at).findFirst().orElse(0);
        if (after > 0) {
            line.append(byAnswer && after == disclosedAt ? " It was your direct question at turn " + after
                    + " that opened it." : after == at + 1 ? " You asked directly about suicide straight after, at turn "
                    + after + "." : " You asked directly about suicide at turn " + after + ".");
        } else if (before > 0) {
            line.append(" You had asked directly about suicide at turn ").append(before)
                    .append(", before this; not again after it.");
        } else {
            line.append(" Nobody asked directly about suicide.");
        }
        if (yesAt > 0 && yesAt != disclosedAt) {
            line.append(" At turn ").append(yesAt).append(" they said yes: “").append(PracticeReview.shortened(yes))
                    .append("”.");
        }
        if (last != null && last.riskDisclosed()) {
            line.append(followUps(last.riskAsked(), toldSince.toString()));
        }
        if (!unexplored.isEmpty()) {
            line.append(" Left unexplored: “").append(PracticeReview.shortened(unexplored.get(0).quote())).append("”.");
        }
        return line.toString();
    }

    /** What was asked after the yes, and what is left: neither asked nor already told in the client's words. */
    private static String followUps(Set<RiskQuestion> asked, String toldSince) {
        List<RiskQuestion> done = FOLLOW_UPS.stream().filter(asked::contains).toList();
        List<RiskQuestion> left = FOLLOW_UPS.stream()
                .filter(q -> !asked.contains(q) && !SafetyAnswers.answer(q, toldSince)).toList();
        String went = done.isEmpty() ? "" : " After the yes you asked " + words(done) + ".";
        String not = left.isEmpty() ? " Between your questions and what they told you, each safety question is covered."
                : " Not yet asked: " + words(left) + ".";
        return went + not;
    }

    /** A question about suicide or self-harm itself, not a safety follow-up ("are you safe tonight?"). */
    static boolean asksDirectly(Analysis a) {
        RiskQuestion q = a.understanding().risk();
        // a summary that says the thoughts back ("...you think about not being here") is not asking
        // Read by the MessageReader, the message says what it asks; without that reading, the analyser's word stands.
        boolean read = a.understanding() != Understanding.NOTHING;
        return a.asksAboutRisk() && a.understanding().intent() != Intent.REFLECTION
                && (q == null && !read || q == RiskQuestion.IDEATION || q == RiskQuestion.SELF_HARM);
    }

    private static String words(List<RiskQuestion> questions) {
        return questions.stream().map(RiskReview::asWords).collect(Collectors.joining(", "));
    }

    static String asWords(RiskQuestion q) {
        return switch (q) {
            case IDEATION -> "whether they think of suicide";
            case SELF_HARM -> "about self-harm";
            case FREQUENCY -> "how often the thoughts come";
            case PLAN -> "whether there is a plan";
            case REASONS -> "what keeps them going";
            case WHO_KNOWS -> "who else knows";
            case SAFETY -> "whether they are safe now";
        };
    }

    /** Nothing disclosed: say so only when the story held risk in a layer the session never reached. */
    private static String unreached(Scenario scenario, ClientState last, List<Integer> asks) {
        if (scenario == null || last == null) {
            return "";
        }
        for (int i = 0; i < scenario.layers().size(); i++) {
            Layer layer = scenario.layer(i);
            if (!last.isDisclosed(i) && layer.cues().stream().anyMatch(c -> c.kind() == CueKind.IDEATION)) {
                String name = scenario.persona().firstName();
                return name + " was carrying thoughts of not wanting to be here, and they did not come up in this "
                        + "session" + (asks.isEmpty() ? "" : " (you asked directly at turn " + asks.get(0)
                        + ", before " + name + " trusted you enough to say)") + ". They come out as trust grows "
                        + "with reflections and open questions; when a cue appears, ask directly.";
            }
        }
        return "";
    }

    private static ClientState lastState(List<TurnRecord> active) {
        for (int i = active.size() - 1; i >= 0; i--) {
            if (active.get(i).stateAfter() != null) {
                return active.get(i).stateAfter();
            }
        }
        return null;
    }
}
