package org.practicum.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.text.PhraseSet;

class RiskQuestionReadingTest {

    private static RiskQuestion read(String text, boolean riskTalk) {
        return MessageReader.riskQuestion(PhraseSet.normalise(text), riskTalk);
    }

    @Test
    void the_question_decides_what_is_asked_not_the_words_said_back_before_it() {
        // blind review: the direct question after "every day, until it isn't" was read (and credited) as "how often"
        assertEquals(RiskQuestion.IDEATION, read("Just this, every day, until it isn't. Sometimes when people are this "
                + "exhausted they have thoughts of ending their life. Have you had thoughts like that?", false));
        assertEquals(RiskQuestion.IDEATION, read("You said every day feels the same. Are you thinking about suicide?", true));
    }

    @Test
    void a_follow_up_is_still_read_from_its_question() {
        assertEquals(RiskQuestion.FREQUENCY, read("How often do thoughts of ending your life come?", false));
        assertEquals(RiskQuestion.WHO_KNOWS, read("That sounds so lonely. Does anyone else know about these thoughts?", true));
        assertEquals(RiskQuestion.PLAN, read("Have you thought about how you would do it?", true));
        assertEquals(RiskQuestion.FREQUENCY, read("how often do they come", true));
    }
}
