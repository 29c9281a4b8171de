package org.practicum.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillRulesTest {

    private final SkillClassifier rules = new RuleSkillClassifier();

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
            "What's been the hardest part?|OPEN_QUESTION",
            "How are you feeling right now?|OPEN_QUESTION",
            "Do you sleep ok?|CLOSED_QUESTION",
            "Is it every night?|CLOSED_QUESTION",
            "It sounds like you're scared of letting her down.|COMPLEX_REFLECTION",
            "So you've got four exams in three weeks.|SIMPLE_REFLECTION",
            "You should make a timetable.|ADVICE_WITHOUT_PERMISSION",
            "Have you tried meditation?|ADVICE_WITHOUT_PERMISSION",
            "If you're open to it, you could try writing it down.|ADVICE_WITH_PERMISSION",
            "It makes sense that you'd feel that way.|AFFIRMATION",
            "A lot of people feel this way after a break-up.|INFORMATION",
            "When I was at uni I failed a module too.|SELF_DISCLOSURE",
            "hello|OTHER"})
    void clear_cases_get_their_skill(String sentence, Skill expected) {
        assertEquals(expected, rules.classify(sentence, "").skill());
    }
}
