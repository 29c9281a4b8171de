package org.practicum.core.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trained head labels first-person sentences self-disclosure; only the trainee's own story is self-focus. */
class SelfFocusReaderTest {

    private static LabelledSentence disclosure(String text) {
        return new LabelledSentence(text, Skill.SELF_DISCLOSURE, 0.6);
    }

    @Test
    void a_tentative_guess_about_the_client_labelled_self_disclosure_is_not_self_focus() {
        // terminal play: the shipped head labelled this skilled reflection self-disclosure and it was flagged
        assertFalse(SelfFocusReader.in(List.of(new LabelledSentence("Three times.", Skill.OTHER, 0.5),
                disclosure("I wonder if each time you're looking for something you could have done differently?"))));
        assertFalse(SelfFocusReader.in(List.of(disclosure("I get the sense you've been holding this on your own."))));
    }

    @Test
    void the_trainees_own_experience_labelled_self_disclosure_still_is() {
        assertTrue(SelfFocusReader.in(List.of(disclosure("I wonder if it's the same as when I lost my job."),
                disclosure("I had nights like that for months."))));
    }
}
