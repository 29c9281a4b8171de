package org.practicum.core.simulation;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.analysis.Understanding;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.Scenario;

/** How the client reacts to what the trainee did (advice too soon, judging, minimising), not to what was asked. */
final class Reactions {

    private static final Set<FlagKind> RUPTURES = EnumSet.of(FlagKind.PREMATURE_ADVICE, FlagKind.JUDGING,
            FlagKind.MINIMISING, FlagKind.MISSED_DISTRESS_CUE);
    /** Moves that react to what the trainee did: when their lines run out, a short reply, not new story. */
    static final Set<ClientMove> MOVES = EnumSet.of(ClientMove.WITHDRAW, ClientMove.IRRITATED,
            ClientMove.HURT, ClientMove.GO_QUIET, ClientMove.FLAT, ClientMove.CONFUSED, ClientMove.DEFLECT_TOPIC);

    private final LineScores scores;

    Reactions(LineScores scores) {
        this.scores = scores;
    }

    static boolean isRupture(Analysis analysis) {
        return analysis.flags().stream().anyMatch(f -> RUPTURES.contains(f.kind()));
    }

    static ClientDirective of(ClientMove move, ReactionKind kind, Scenario scenario, int layer) {
        return ClientDirective.of(move, layer, scenario.reaction(kind));
    }

    /**
     * Advice the client can rebut: the rebuttals about the advice's topics, the best fit to the advice
     * first, where any is written; else a generic one.
     */
    List<Line> rebuttals(Scenario scenario, Understanding u, String said) {
        List<Line> all = scenario.reaction(ReactionKind.PREMATURE_ADVICE);
        // A rebuttal about something the advice never raised ("i know what alcohol does to sleep" to blackout
        // curtains) answers advice nobody gave: the fewer topics of its own, the better it answers this one.
        List<Line> onTopic = all.stream().filter(l -> l.topics().stream().anyMatch(u.adviceTopics()::contains))
                .sorted(Comparator.comparingLong((Line l) -> l.topics().stream().filter(u.adviceTopics()::contains)
                        .count()).reversed()
                        .thenComparingLong(l -> l.topics().stream().filter(x -> !u.adviceTopics().contains(x)).count())
                        .thenComparing(Comparator.comparingDouble((Line l) -> scores.fit(said, l)).reversed())).toList();
        if (!onTopic.isEmpty()) {
            return onTopic;
        }
        List<Line> generic = all.stream().filter(l -> l.topics().isEmpty()).toList();
        return generic.isEmpty() ? all : generic;
    }
}
