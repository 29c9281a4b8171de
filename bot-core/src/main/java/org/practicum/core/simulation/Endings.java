package org.practicum.core.simulation;

import java.util.List;
import org.practicum.core.scenario.ClosingCondition;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;

/** How a conversation ends: when the client gives up and goes, and thanks that fit how it went. */
final class Endings {

    /** Leaving also needs trust to have fallen this low. */
    static final double LEAVE_BELOW = 0.15;
    /** Below this trust the thanks at a close are flat. */
    private static final double FLAT_BELOW = 0.25;

    private final int leaveAfter;

    /** @param leaveAfter consecutive ruptures the client bears before leaving (at least 1) */
    Endings(int leaveAfter) {
        if (leaveAfter < 1) {
            throw new IllegalArgumentException("leaveAfter must be at least 1");
        }
        this.leaveAfter = leaveAfter;
    }

    /** Leaving takes a sustained rupture and low trust, and never leaves a risk disclosure unexplored. */
    boolean shouldLeave(Scenario scenario, ClientState s) {
        return s.ruptureStreak() >= leaveAfter && s.trust() < LEAVE_BELOW && !RiskAnswers.open(scenario, s);
    }

    /** Thanks that fit how the conversation went; flat ones when it went badly. */
    static List<Line> closing(Scenario scenario, ClientState s) {
        List<Line> fitting = scenario.thanks().stream().filter(l -> fits(l.condition(), scenario, s)).toList();
        List<Line> conditioned = fitting.stream().filter(l -> l.condition() != null).toList();
        if (s.trust() < FLAT_BELOW) {
            List<Line> flat = conditioned.stream().filter(l -> l.condition().kind() == ClosingCondition.Kind.NOT_HEARD
                    || l.condition().kind() == ClosingCondition.Kind.ADVISED).toList();
            return flat.isEmpty() ? scenario.leave() : flat;
        }
        List<Line> sayable = StoryLines.sayable(conditioned, s);
        return sayable.isEmpty() ? fitting : sayable;
    }

    private static boolean fits(ClosingCondition c, Scenario scenario, ClientState s) {
        if (c == null) {
            return true;
        }
        return switch (c.kind()) {
            case HEARD -> s.coreHeard();
            case NOT_HEARD -> !s.coreHeard();
            case ADVISED -> s.advised();
            case NOT_ADVISED -> !s.advised();
            case RISK_ASKED -> !s.riskAsked().isEmpty();
            case DISCLOSED -> s.isDisclosed(scenario.layerIndex(c.layerId()));
        };
    }
}
