package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practicum.core.cue.CueKind;
import org.practicum.core.scenario.Cue;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.testing.Fixtures;

/**
 * What a supervisor saw go wrong after about turn ten of a whole role-play (issue 13): trust full by
 * turn seven, the same disclosure twice in other words, summaries answered with the next story line,
 * confirmations that run out.
 */
class LateSessionClientTest {

    /** A skilled trainee: reflections and open questions, nothing else. */
    static final List<String> SKILLED = List.of(
            "Hi, I'm glad you got in touch. What's been going on?",
            "It sounds like this has been weighing on you for a while.",
            "What's a typical day like at the moment?",
            "That sounds exhausting. It makes sense you feel worn down.",
            "What's been the hardest part of it for you?",
            "It sounds like part of you feels really alone with all of this.",
            "How has that been for you?",
            "It sounds like you've been carrying this on your own for a long time.",
            "What goes through your mind when it gets like that?",
            "It sounds like you're scared of what happens if you let go of it.",
            "What would you want people to understand about that?",
            "It sounds like that hurts more than you let on.",
            "What's it like at night, when everything goes quiet?",
            "It sounds like you've been holding it together for everyone else.",
            "What do you notice in yourself when that happens?",
            "It sounds like that's been building for a long time.",
            "What would it mean to say some of this out loud?",
            "It sounds like some of this you've never said to anyone.");

    static final Set<CueKind> RISK_CUES = EnumSet.of(CueKind.IDEATION, CueKind.BURDEN, CueKind.ACUTE);

    @RegisterExtension
    static final EngineFixture fixture = EngineFixture.shippedForTheClass();

    @Test
    void a_skilled_trainee_earns_trust_over_the_session_and_a_late_rupture_still_costs() {
        for (String id : List.of("advanced-burden", "advanced-night-shift")) {
            Scenario scenario = Fixtures.scenario(id);
            List<String> lines = new ArrayList<>(SKILLED.subList(0, 14));
            lines.add("You just need to think positive and get out more.");
            List<TurnRecord> turns = fixture.played(id, 5, lines);

            double atSeven = turns.get(7).stateAfter().trust();
            double beforeRupture = turns.get(14).stateAfter().trust();
            double afterRupture = turns.get(15).stateAfter().trust();
            assertTrue(atSeven < 0.9, id + ": trust at turn 7 was " + atSeven);
            assertTrue(turns.get(6).stateAfter().disclosedLayers() < scenario.layers().size(),
                    id + ": the deepest layer was out by turn 6");
            assertTrue(beforeRupture < 1, id + ": trust full by turn 14");
            assertTrue(beforeRupture - afterRupture >= 0.1, id + ": advice at turn 15 cost "
                    + (beforeRupture - afterRupture));
        }
    }

    @Test
    void a_kind_of_cue_is_voiced_once_and_no_hint_of_not_being_here_follows_telling_it() {
        for (Scenario scenario : Fixtures.scenarios().all()) {
            List<String> lines = new ArrayList<>(SKILLED.subList(0, 10));
            lines.add("Are you having any thoughts of ending your life?");
            lines.addAll(SKILLED.subList(10, SKILLED.size()));
            List<TurnRecord> turns = fixture.played(scenario.id(), 7, lines);

            List<CueKind> voiced = new ArrayList<>();
            boolean told = false;
            for (TurnRecord turn : turns) {
                Optional<Cue> cue = cueVoiced(scenario, turn.client().text());
                if (turn.client().move() == ClientMove.VOICE_CUE && cue.isPresent()) {
                    CueKind kind = cue.get().kind();
                    assertFalse(voiced.contains(kind), scenario.id() + " turn " + turn.turn() + ": " + kind
                            + " again: " + turn.client().text());
                    assertFalse(told && RISK_CUES.contains(kind), scenario.id() + " turn " + turn.turn()
                            + ": hinted after telling: " + turn.client().text());
                    voiced.add(kind);
                }
                told |= turn.stateAfter().riskDisclosed();
            }
        }
    }

    private static Optional<Cue> cueVoiced(Scenario scenario, String text) {
        return scenario.layers().stream().flatMap(l -> l.cues().stream())
                .filter(c -> c.lines().stream().anyMatch(l -> text.contains(l.text()))).findFirst();
    }

    @Test
    void asked_again_about_thoughts_of_not_being_here_the_person_says_more_not_the_same_telling() {
        Scenario scenario = Fixtures.scenario("advanced-night-shift");
        List<String> lines = new ArrayList<>(SKILLED.subList(0, 8));
        lines.add("Are you having any thoughts of ending your life?");
        lines.add("It sounds like that's frightening to carry on your own.");
        lines.add("Can I ask again about the thoughts of ending your life? Are they there most days?");
        lines.add("I want to be sure I understand: are you having thoughts of suicide at the moment?");
        List<TurnRecord> turns = fixture.played(scenario.id(), 3, lines);

        TurnRecord first = turns.get(9);
        TurnRecord again = turns.get(12);
        assertEquals(ClientMove.ANSWER_RISK, first.client().move(), first.client().text());
        assertEquals(ClientMove.ANSWER_RISK, again.client().move(), again.client().text());
        List<String> firstTellings = scenario.riskAnswers(RiskQuestion.IDEATION).stream().map(Line::text).toList();
        assertFalse(firstTellings.contains(again.client().text()), "told again: " + again.client().text());
        assertNotEquals(first.client().text(), again.client().text());
    }

    @Test
    void once_the_thoughts_are_told_their_coming_out_lines_are_not_said_and_a_reflection_stays_with_them() {
        for (String id : List.of("advanced-burden", "advanced-night-shift")) {
            Scenario scenario = Fixtures.scenario(id);
            int deepest = scenario.layers().size() - 1;
            List<String> lines = new ArrayList<>(SKILLED.subList(0, 8));
            lines.add("Are you having any thoughts of ending your life?");
            lines.add("Thank you for telling me. That sounds really frightening to carry on your own.");
            lines.addAll(SKILLED.subList(8, SKILLED.size()));
            List<TurnRecord> turns = fixture.played(id, 7, lines);

            TurnRecord told = turns.get(9);
            assertEquals(ClientMove.ANSWER_RISK, told.client().move(), id + ": " + told.client().text());
            assertTrue(told.stateAfter().riskDisclosed(), id + ": " + told.client().text());
            String heard = turns.get(10).client().text();
            List<Line> ofTheTelling = new ArrayList<>(scenario.layer(deepest).elaborate());
            scenario.layer(deepest).cues().forEach(c -> ofTheTelling.addAll(c.whenAsked()));
            assertTrue(ofTheTelling.stream().anyMatch(l -> heard.contains(l.text())),
                    id + ": the reflection of the telling got " + heard);
            for (TurnRecord later : turns.subList(10, turns.size())) {
                assertTrue(scenario.layer(deepest).disclose().stream()
                        .noneMatch(l -> later.client().text().contains(l.text())),
                        id + " turn " + later.turn() + " comes out with it again: " + later.client().text());
            }
        }
    }

    @Test
    void a_whole_session_tells_each_fact_once_however_many_ways_the_person_has_of_saying_it() {
        for (Scenario scenario : Fixtures.scenarios().all()) {
            List<TurnRecord> turns = fixture.played(scenario.id(), 9, SKILLED);
            Map<String, String> toldBy = new HashMap<>();
            for (TurnRecord turn : turns) {
                for (Line line : scenario.allLines()) {
                    if (line.fact() == null || !turn.client().text().contains(line.text())) {
                        continue;
                    }
                    String earlier = toldBy.putIfAbsent(line.fact(), line.text());
                    assertTrue(earlier == null || earlier.equals(line.text()), scenario.id() + " turn " + turn.turn()
                            + " tells '" + line.fact() + "' again: " + line.text() + " after " + earlier);
                }
            }
        }
    }

    @Test
    void a_summary_that_asks_have_i_got_that_right_is_confirmed_or_corrected_first() {
        for (String id : List.of("advanced-burden", "exam-stress", "advanced-night-shift")) {
            Scenario scenario = Fixtures.scenario(id);
            List<String> lines = new ArrayList<>(SKILLED.subList(0, 9));
            lines.add("Let me check I've understood: things have been hard for a while, you've kept most of it to "
                    + "yourself, and it's been wearing you down. Have I got that right?");
            List<TurnRecord> turns = fixture.played(id, 2, lines);

            String answer = turns.get(10).client().text();
            assertTrue(startsWithOneOf(answer, scenario, ReactionKind.GOOD_REFLECTION, ReactionKind.CORRECTION),
                    id + ": " + answer);
        }
    }

    @Test
    void a_summary_that_ends_is_that_close_or_does_that_fit_is_confirmed_or_corrected_in_every_scenario() {
        List<String> checks = List.of("is that close?", "does that fit?", "would that be fair?",
                "am I hearing you right?");
        List<String> missed = new ArrayList<>();
        for (Scenario scenario : Fixtures.scenarios().all()) {
            String check = checks.get(Math.floorMod(scenario.id().hashCode(), checks.size()));
            List<String> lines = new ArrayList<>(SKILLED.subList(0, 9));
            lines.add("So from what you've said, it's been building for a while and you've mostly been carrying it "
                    + "on your own. " + check);
            String answer = fixture.played(scenario.id(), 1, lines).get(10).client().text();
            if (!startsWithOneOf(answer, scenario, ReactionKind.GOOD_REFLECTION, ReactionKind.CORRECTION)) {
                missed.add(scenario.id() + " (" + check + "): " + answer);
            }
        }
        assertTrue(missed.isEmpty(), String.join("\n", missed));
    }

    @Test
    void late_reflections_are_still_confirmed_once_every_confirmation_has_been_said_and_never_twice_running() {
        Scenario scenario = Fixtures.scenario("advanced-burden");
        List<String> reflections = List.of(
                "It sounds like this low feeling has been hanging around for months.",
                "It sounds like you're at home a lot, and the days blur into each other.",
                "So being ill has taken away the job you loved.",
                "It sounds like you miss being the teacher you were.",
                "It sounds like Mark is doing so much and you feel guilty about it.",
                "So you can see what it's costing them, and that's the hardest part.",
                "It sounds like you try hard not to be any trouble to them.");
        List<TurnRecord> turns = fixture.played(scenario.id(), 4, reflections);

        int confirmed = 0;
        String previous = null;
        for (TurnRecord turn : turns.subList(1, turns.size())) {
            String text = turn.client().text();
            Optional<Line> preface = scenario.reaction(ReactionKind.GOOD_REFLECTION).stream()
                    .filter(l -> text.startsWith(l.text())).findFirst();
            if (preface.isPresent()) {
                confirmed++;
                assertNotEquals(previous, preface.get().text(), "twice running: " + text);
            }
            previous = preface.map(Line::text).orElse(null);
        }
        int available = scenario.reaction(ReactionKind.GOOD_REFLECTION).size();
        assertTrue(confirmed > available, confirmed + " of " + reflections.size() + " confirmed, " + available
                + " confirmations written");
    }

    private static boolean startsWithOneOf(String text, Scenario scenario, ReactionKind... kinds) {
        for (ReactionKind kind : kinds) {
            if (scenario.reaction(kind).stream().anyMatch(l -> text.startsWith(l.text()))) {
                return true;
            }
        }
        return false;
    }
}
