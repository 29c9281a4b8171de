package org.practicum.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicum.core.analysis.LabelledSentence;
import org.practicum.core.analysis.Skill;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.Participant;
import org.practicum.core.session.Session;
import org.practicum.core.session.TurnRecord;
import org.practicum.core.session.UptakeKind;

/**
 * Computes a {@link Debrief} from a session's turns. Superseded attempts count only as retries in the
 * figures; their flags are kept, marked retried, in turn order.
 */
public final class DebriefBuilder {

    public Debrief build(Session session, Scenario scenario) {
        List<TurnRecord> active = session.activeTurns();
        Map<String, Integer> skills = new LinkedHashMap<>();
        for (Skill s : Skill.values()) {
            skills.put(s.id(), 0);
        }
        List<Debrief.DebriefFlag> flags = new ArrayList<>();
        Set<String> repliedBy = new LinkedHashSet<>();
        int used = 0;
        int edited = 0;
        int ignored = 0;
        List<Double> trust = new ArrayList<>();
        List<Debrief.EmotionPoint> emotions = new ArrayList<>();
        int traineeTurns = 0;
        for (TurnRecord t : active) {
            if (t.analysis() != null) {
                traineeTurns++;
                for (LabelledSentence s : t.analysis().sentences()) {
                    skills.merge(s.skill().id(), 1, Integer::sum);
                }
                repliedBy.add(author(session, t).id());
            }
            if (t.uptake() != null) {
                UptakeKind k = t.uptake().uptake();
                used += k == UptakeKind.USED ? 1 : 0;
                edited += k == UptakeKind.EDITED ? 1 : 0;
                ignored += k == UptakeKind.IGNORED ? 1 : 0;
            }
            if (t.stateAfter() != null) {
                trust.add(round(t.stateAfter().trust()));
            }
            if (t.client() != null) {
                var e = t.client().emotion();
                emotions.add(new Debrief.EmotionPoint(t.turn(), e.category().id(), e.valence(), e.arousal(),
                        e.intensity(), t.client().trend().id()));
            }
        }
        for (TurnRecord t : session.turns()) {
            if (t.analysis() != null) {
                Participant author = author(session, t);
                t.analysis().flags().forEach(f -> flags.add(new Debrief.DebriefFlag(t.turn(), f.kind().id(),
                        f.quote(), f.why(), f.better(), author, t.superseded())));
            }
        }
        int simple = skills.get(Skill.SIMPLE_REFLECTION.id());
        int complex = skills.get(Skill.COMPLEX_REFLECTION.id());
        int open = skills.get(Skill.OPEN_QUESTION.id());
        int closed = skills.get(Skill.CLOSED_QUESTION.id());
        int reflections = simple + complex;
        int questions = open + closed;
        var last = session.lastActive().map(TurnRecord::stateAfter).orElse(null);
        int disclosed = last == null ? 0 : Math.min(last.disclosedLayers(), scenario.layers().size());
        boolean core = last != null && last.isDisclosed(scenario.coreIndex());
        int retries = (int) session.turns().stream().filter(TurnRecord::superseded).count();
        return new Debrief(session.id(), scenario.id(), scenario.title(), traineeTurns, skills, reflections,
                questions, open, closed, ratio(reflections, questions), ratio(open, closed),
                ratio(complex, reflections), flags, List.copyOf(repliedBy),
                new Debrief.UptakeSummary(used, edited, ignored), trust, emotions, disclosed,
                scenario.layers().size(), core, retries, "", null, PracticeReview.of(active, scenario));
    }

    /** Who wrote a turn's reply: a member of the roster, else the session's own trainee (older turns name nobody). */
    private static Participant author(Session session, TurnRecord t) {
        String id = t.author() != null ? t.author() : session.trainee().id();
        if (session.trainee().id().equals(id)) {
            return session.trainee();
        }
        return session.roster().stream().filter(p -> p.id().equals(id)).findFirst().orElse(new Participant(id, id));
    }

    static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : round((double) numerator / denominator);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
