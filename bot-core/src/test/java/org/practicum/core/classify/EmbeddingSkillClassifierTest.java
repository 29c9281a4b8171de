package org.practicum.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicum.core.analysis.Skill;

class EmbeddingSkillClassifierTest {

    private static final String CLIENT = "my landlord says he'll evict me and i've got nowhere to go, i'm so scared";

    private final EmbeddingSkillClassifier classifier = ShippedClassifiers.get().skills();

    @ParameterizedTest(name = "\"{1}\" is {0}")
    @CsvSource(delimiter = '|', value = {
        "open_question             | What's been going through your mind since he said that?",
        "open_question             | How are you feeling about it all right now?",
        "closed_question           | Has he given you a date?",
        "closed_question           | Do you have family nearby?",
        "simple_reflection         | Your landlord has said he'll evict you.",
        "simple_reflection         | You've got nowhere to go.",
        "complex_reflection        | It sounds like you're frightened of losing your home and feel completely alone with it.",
        "complex_reflection        | You're scared, and it feels like the ground is going from under you.",
        "affirmation               | You've been coping with a huge amount, and it took courage to reach out.",
        "affirmation               | You're clearly doing everything you can to look after yourself.",
        "advice_with_permission    | Would it be okay if I shared some places that give free housing advice?",
        "advice_with_permission    | Can I suggest something that might help?",
        "advice_without_permission | You should call Shelter tomorrow morning.",
        "advice_without_permission | Write to your landlord and ask for more time.",
        "information               | Landlords have to follow a legal process before they can evict anyone.",
        "information               | Citizens Advice offers free help with housing problems.",
        "self_disclosure           | I was evicted a few years ago and I remember how scary it was.",
        "self_disclosure           | When I was your age I had to move out with nowhere to stay.",
        "other                     | Hi, thanks for messaging.",
        "other                     | Mm-hmm.",
    })
    void a_clear_sentence_gets_its_skill(String expected, String sentence) {
        assertEquals(Skill.parse(expected), classifier.classify(sentence, CLIENT).skill(),
                () -> "distribution " + classifier.distribution(sentence, CLIENT));
    }
}
