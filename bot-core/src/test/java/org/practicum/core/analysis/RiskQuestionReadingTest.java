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

    @Test
    void a_summary_that_says_back_a_no_and_asks_something_else_is_not_the_question_again() {
        // blind role-play t2: recapping "no thoughts of ending your life" drew "no, I promise" and the closing question was lost
        assertEquals(null, read("So, no thoughts of ending your life, but most nights at three you wonder how much longer "
                + "you can keep doing this. What would make the next week a bit lighter?", false));
        assertEquals(null, read("Thank you for telling me that straight. So not thoughts of ending things. What do you do "
                + "when it comes?", false));
    }

    @Test
    void a_question_that_points_back_to_the_thoughts_is_the_question() {
        assertEquals(RiskQuestion.IDEATION, read("Some people who feel this low think about ending their life. "
                + "Is that something you've thought about?", false));
        assertEquals(RiskQuestion.IDEATION, read("Sometimes people feeling like this have thoughts of suicide. Have you?", false));
        assertEquals(RiskQuestion.IDEATION, read("When you said you'd rather not wake up, are you having thoughts of "
                + "ending your life?", false));
        assertEquals(RiskQuestion.IDEATION, read("Do you ever have thoughts of not wanting to be here?", false));
        assertEquals(RiskQuestion.IDEATION, read("I'm wondering if you're having thoughts of ending your life.", false));
        assertEquals(RiskQuestion.IDEATION, read("Sometimes when people feel like a burden, they have thoughts that others "
                + "would be better off without them. Is that something you've had?", false));
    }
}
