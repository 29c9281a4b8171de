package org.practicum.core.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicum.core.analysis.Intent;
import org.practicum.core.analysis.Understanding;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.testing.Fixtures;

/** Advice is rebutted about what it advised, not about a topic nobody raised (blind role-play t1). */
class RebuttalsTest {

    private static final String ADVICE = "Nights are tough! Have you tried blackout curtains and a white noise machine "
            + "for sleeping in the day?";

    @Test
    void sleep_advice_gets_a_sleep_rebuttal_before_one_that_also_talks_about_drinking() {
        Scenario scenario = Fixtures.scenario("advanced-night-shift");
        // Whatever the relevance, a rebuttal with a topic of its own ("i know what alcohol does to sleep") comes after one without.
        Reactions reactions = new Reactions(new LineScores((text, line) -> line.text().contains("alcohol") ? 1 : 0));
        Understanding advice = new Understanding(Intent.ADVICE, List.of("sleep"), List.of(), null, List.of("sleep"), true);

        List<Line> rebuttals = reactions.rebuttals(scenario, advice, ADVICE);

        assertFalse(rebuttals.get(0).text().contains("alcohol"), rebuttals.get(0).text());
        assertEquals(Set.of("sleep"), rebuttals.get(0).topics());
    }

    @Test
    void every_scenario_rebuts_advice_on_one_topic_with_a_line_on_that_topic_alone_where_one_is_written() {
        for (Scenario scenario : Fixtures.scenarios().all()) {
            Reactions reactions = new Reactions(new LineScores((text, line) -> line.topics().size()));
            for (Line written : scenario.reaction(ReactionKind.PREMATURE_ADVICE)) {
                for (String topic : written.topics()) {
                    boolean alone = scenario.reaction(ReactionKind.PREMATURE_ADVICE).stream()
                            .anyMatch(l -> l.topics().equals(Set.of(topic)));
                    Understanding advice = new Understanding(Intent.ADVICE, List.of(topic), List.of(), null, List.of(topic), true);
                    Line first = reactions.rebuttals(scenario, advice, "").get(0);
                    if (alone) {
                        assertEquals(Set.of(topic), first.topics(), scenario.id() + " / " + topic + ": " + first.text());
                    }
                }
            }
        }
    }
}
