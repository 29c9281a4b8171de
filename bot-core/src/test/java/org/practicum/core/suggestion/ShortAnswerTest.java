package org.practicum.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A short yes or no is read against the closed question it answers, and the question said back as the answer. */
class ShortAnswerTest {

    @Test
    void a_no_to_something_they_do_or_tried_is_said_back_with_it() {
        assertEquals(Optional.of("you haven't tried talking to someone"),
                ShortAnswer.of("Not really, no", "Have you tried talking to someone?").orElseThrow().notDone());
        assertEquals(Optional.of("you don't exercise"), ShortAnswer.of("No.", "Do you exercise?").orElseThrow().notDone());
    }

    @Test
    void a_no_or_yes_about_how_things_are_is_said_back_as_it_is() {
        ShortAnswer no = ShortAnswer.of("nope", "Is it every day?").orElseThrow();
        assertEquals(Optional.of("it isn't every day"), no.notSo());
        assertTrue(no.notDone().isEmpty());
        assertEquals(Optional.of("it is every day"), ShortAnswer.of("Yeah", "Is it every day?").orElseThrow().so());
    }

    @Test
    void a_partial_yes_is_a_short_answer_with_nothing_said_back() {
        ShortAnswer partly = ShortAnswer.of("Sometimes.", "Is it every day?").orElseThrow();
        assertTrue(partly.notDone().isEmpty() && partly.notSo().isEmpty() && partly.so().isEmpty());
    }

    @Test
    void a_longer_message_or_an_answer_to_no_question_is_not_a_short_answer() {
        assertTrue(ShortAnswer.of("No. I'll be honest, some nights have been bleak", "Are you safe?").isEmpty());
        assertTrue(ShortAnswer.of("Yeah", "It sounds like a lot has been building up.").isEmpty());
        assertTrue(ShortAnswer.of("No", "Do you think it'll get better?").orElseThrow().notDone().isEmpty(),
                "'you don't think it'll get better' would put words in their mouth");
    }
}
