package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientDirective;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.testing.Fixtures;

/** A model's client line must answer what the engine decided this turn answers. */
class AnswerCheckTest {

    private final Scenario scenario = Fixtures.scenarios().find("exam-stress").orElseThrow();

    private static ClientDirective about(String topic, String... candidates) {
        return ClientDirective.of(ClientMove.DEFLECT_TOPIC, 0,
                List.of(candidates).stream().map(t -> new Line(t, EmotionCategory.NEUTRAL)).toList()).about(topic);
    }

    private static ClientDirective risk() {
        return new ClientDirective(ClientMove.ANSWER_RISK, 0, null, null, List.of(), null, null, RiskQuestion.IDEATION);
    }

    @Test
    void a_line_about_something_else_does_not_answer_a_question_about_sleep() {
        Optional<String> problem = AnswerCheck.problem("My mum cleans offices in the evenings.",
                about("sleep", "not great. it's fine"), scenario);

        assertEquals(Optional.of("it did not answer what was asked about (sleep)"), problem);
    }

    @Test
    void a_line_about_the_nights_answers_a_question_about_sleep_in_other_words() {
        assertTrue(AnswerCheck.problem("I'm awake most nights till four.", about("sleep", "not great. it's fine"),
                scenario).isEmpty());
    }

    @Test
    void a_risk_question_needs_an_answer_about_risk() {
        assertTrue(AnswerCheck.problem("My first exam is on the 13th.", risk(), scenario).isPresent());
        assertTrue(AnswerCheck.problem("No, nothing like that.", risk(), scenario).isEmpty());
    }

    @Test
    void a_turn_that_answers_nothing_in_particular_is_not_checked() {
        assertTrue(AnswerCheck.problem("Anyway.", ClientDirective.of(ClientMove.ELABORATE, 0, List.of()), scenario)
                .isEmpty());
    }
}
