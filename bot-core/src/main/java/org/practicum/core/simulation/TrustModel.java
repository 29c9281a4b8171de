package org.practicum.core.simulation;

import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.analysis.Skill;
import org.practicum.core.scenario.ClientStyle;

/**
 * How a trainee reply moves the client's trust: accurate reflections, open questions and validation
 * earn it; advice too soon, judgement, minimising and an ignored cue cost more than they earn. Gains
 * shrink as trust grows (the last of it comes slowest), so a skilled trainee reaches the deepest layer
 * in the middle of a session rather than its first few turns, and a late rupture still costs in full.
 */
final class TrustModel {

    static final double COMPLEX_REFLECTION = 0.14;
    static final double SIMPLE_REFLECTION = 0.08;
    static final double OPEN_QUESTION = 0.06;
    static final double AFFIRMATION = 0.05;
    static final double ASKED_ABOUT_CUE = 0.12;
    static final double MAX_GAIN = 0.22;
    /** Gains are whole up to trust 0.2 and then shrink, to a fifth of their size at full trust. */
    static final double TAPER = 1.2;

    private TrustModel() {
    }

    static double next(double trust, Analysis analysis, ClientStyle style, boolean cuePending) {
        double gain = 0;
        if (analysis.has(Skill.COMPLEX_REFLECTION)) {
            gain += COMPLEX_REFLECTION;
        } else if (analysis.has(Skill.SIMPLE_REFLECTION)) {
            gain += SIMPLE_REFLECTION;
        }
        gain += analysis.has(Skill.OPEN_QUESTION) ? OPEN_QUESTION : 0;
        gain += analysis.has(Skill.AFFIRMATION) ? AFFIRMATION : 0;
        gain += cuePending && analysis.acknowledgesCue() ? ASKED_ABOUT_CUE : 0;
        gain = Math.min(gain, MAX_GAIN) * style.trustGain() * Math.min(1, TAPER - trust);
        double loss = 0;
        for (var flag : analysis.flags()) {
            loss += cost(flag.kind());
        }
        return Math.max(0, Math.min(1, trust + gain - loss));
    }

    /** A reply that earns trust and costs none: it reflected, asked openly, affirmed or stayed with a cue. */
    static boolean earns(Analysis analysis) {
        return analysis.flags().isEmpty() && (analysis.reflects() || analysis.has(Skill.OPEN_QUESTION)
                || analysis.has(Skill.AFFIRMATION) || analysis.acknowledgesCue());
    }

    static double cost(FlagKind kind) {
        return switch (kind) {
            case PREMATURE_ADVICE -> 0.18;
            case JUDGING -> 0.25;
            case MINIMISING -> 0.15;
            case MISSED_DISTRESS_CUE -> 0.12;
            case CLOSED_QUESTION_STREAK -> 0.05;
            case SELF_FOCUS -> 0.06;
        };
    }
}
