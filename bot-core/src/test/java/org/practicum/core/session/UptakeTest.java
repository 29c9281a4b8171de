package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicum.core.suggestion.Suggestion;
import org.practicum.core.suggestion.SuggestionKind;

/** Whether the trainee used, edited or ignored what was suggested: honest about what counts as an edit. */
class UptakeTest {

    private static final List<Suggestion> SHOWN = List.of(
            new Suggestion(SuggestionKind.MI, "What's been the hardest part of it for you so far?"),
            new Suggestion(SuggestionKind.EMPATHETIC, "It sounds like you've been carrying this on your own, and that sounds heavy."),
            new Suggestion(SuggestionKind.SUPPORT, "It's okay to take your time. I'm here and I'm listening."));

    @Test
    void a_suggestion_sent_as_it_was_is_used() {
        Uptake uptake = Uptake.of("What's been the hardest part of it for you so far?", SHOWN);

        assertEquals(UptakeKind.USED, uptake.uptake());
        assertEquals(SuggestionKind.MI, uptake.kind());
    }

    @Test
    void a_suggestion_with_a_phrase_kept_and_the_rest_rewritten_is_edited() {
        Uptake uptake = Uptake.of("It sounds like you've been carrying this on your own for months, Helen.", SHOWN);

        assertEquals(UptakeKind.EDITED, uptake.uptake());
        assertEquals(SuggestionKind.EMPATHETIC, uptake.kind());
    }

    @Test
    void a_reply_in_the_trainees_own_words_that_shares_many_of_them_is_not_an_edit() {
        Uptake uptake = Uptake.of("So far, for you, what part of it has been hardest?", SHOWN);

        assertEquals(UptakeKind.IGNORED, uptake.uptake());
        assertNull(uptake.kind());
    }

    @Test
    void an_unrelated_reply_is_ignored() {
        assertEquals(UptakeKind.IGNORED, Uptake.of("How did you sleep last night?", SHOWN).uptake());
    }
}
