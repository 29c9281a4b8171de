package org.practicum.core.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.report.Debrief;
import org.practicum.core.session.Participant;

class FlagNoteTest {

    static final Participant KIM = new Participant("U2", "Kim");

    @Test
    void a_quote_that_ends_a_sentence_gets_no_second_full_stop() {
        FlagNote note = FlagNote.onLastReply(new Flag(FlagKind.PREMATURE_ADVICE, "Make a plan and stick to it.",
                "Too soon.", "Reflect first."));

        assertEquals("You wrote “Make a plan and stick to it.”", note.wrote("", UnaryOperator.identity()));
    }

    @Test
    void a_quote_without_closing_punctuation_is_followed_by_a_full_stop() {
        FlagNote note = FlagNote.onLastReply(new Flag(FlagKind.MINIMISING, "it's not that bad", "Why.", "Better."));

        assertEquals("You wrote “it's not that bad”.", note.wrote("", UnaryOperator.identity()));
        assertEquals("Minimising", note.heading());
    }

    @Test
    void a_debrief_flag_on_someone_elses_reply_names_them_and_its_turn_and_kind_in_words() {
        FlagNote note = FlagNote.inDebrief(new Debrief.DebriefFlag(3, "self_focus", "Me too!", "Why.", "Better.",
                KIM, false), false);

        assertEquals("Turn 3 · Making it about yourself", note.heading());
        assertEquals("Kim wrote “<Me too!>”", note.wrote("Kim", q -> "<" + q + ">"));
    }

    @Test
    void a_flag_on_a_reply_that_was_taken_back_says_so_in_its_heading() {
        // given
        Debrief.DebriefFlag retried = new Debrief.DebriefFlag(2, "premature_advice", "Make a plan.", "Why.",
                "Better.", KIM, true);

        // when
        FlagNote note = FlagNote.inDebrief(retried, true);

        // then
        assertEquals("Turn 2, taken back · Premature advice", note.heading());
    }
}
