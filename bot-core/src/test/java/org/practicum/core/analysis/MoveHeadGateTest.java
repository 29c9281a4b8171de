package org.practicum.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.practicum.core.testing.Fixtures;

/**
 * The analyser's gate around a move head: a head that calls every sentence minimising still never faults
 * a direct risk question, a reflection, a repair or giving time, and does fault a plain sentence.
 */
class MoveHeadGateTest {

    private static final String CLIENT = "honestly my brother would have an easier life if i just wasn't in it";
    private static final MoveDetector CALLS_EVERYTHING_MINIMISING = (sentence, client) -> Optional.of(Move.MINIMISING);

    private final ResponseAnalyzer analyzer = new RuleResponseAnalyzer(new RuleSkillClassifier(),
            new RuleAdviceDetector(), 0.5, null, CALLS_EVERYTHING_MINIMISING);

    private Set<FlagKind> flags(String reply) {
        ConversationFacts facts = new ConversationFacts(1, 0, false, false, 0, 0, List.of());
        Analysis a = analyzer.analyze(new AnalysisContext("s-gate", Fixtures.scenario("advanced-burden"), facts,
                CLIENT, List.of(), List.of(), 2), reply);
        return a.flags().stream().map(Flag::kind).collect(Collectors.toSet());
    }

    @Test
    void good_practice_is_never_read_by_the_head() {
        assertEquals(Set.of(), flags("When you say that, are you thinking about ending your life?"));
        assertEquals(Set.of(), flags("It sounds like you see yourself as weighing him down."));
        assertEquals(Set.of(), flags("Sorry, I jumped in with a suggestion there."));
        assertEquals(Set.of(), flags("Take your time."));
    }

    @Test
    void any_other_sentence_gets_the_heads_reading() {
        assertEquals(Set.of(FlagKind.MINIMISING), flags("He adores his sibling, trust me."));
    }
}
