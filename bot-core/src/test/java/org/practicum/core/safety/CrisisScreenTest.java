package org.practicum.core.safety;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisScreenTest {

    private final CrisisScreen screen = new CrisisScreen();

    @ParameterizedTest
    @ValueSource(strings = {
            "(out of character for a sec… I feel like everyone would be better off without me)",
            "OOC: honestly I'm not okay right now",
            "(ooc) I can't cope with anything at the moment",
            "this isn't practice, I feel like such a burden to everyone",
            "for real though, nobody would even notice if I was gone",
            "In real life I've been struggling a lot lately and don't know who to tell",
            "(for real) I don't see the point in anything anymore",
            "Stepping out of character: I'm in a really dark place",
            "[OOC] sorry, I need help, this is hitting too close to home",
            "out of character - I honestly feel hopeless about everything, you know?",
            "(this isn’t practice) there’s no point in living",
            "ok that's a great reply from the client. (ooc: i'm scared of what i might do tonight)"})
    void a_line_marked_out_of_role_with_the_trainees_own_distress_is_a_crisis(String line) {
        assertTrue(screen.looksLikeRealCrisis(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "do you feel like everyone would be better off without you?",
            "For real, do you feel like everyone would be better off without you?",
            "Sometimes people who feel like a burden think everyone would be better off without them. Is that you?",
            "OOC: is the client supposed to feel hopeless at this point?",
            "In real life, are you struggling with this?",
            "It sounds like you're not okay, for real.",
            "I'm asking for real: are you not okay?",
            "(out of character) I think you said you feel like a burden?",
            "When you say nobody would miss you, what do you mean, for real?",
            "(ooc) I'm struggling to think of a good reflection here",
            "for real, I'm scared for you. Are you thinking of ending your life?",
            "(out of character) when you said \"I can't cope\", did you mean with the exams?",
            "I feel like you're carrying so much on your own.",
            "for real, I'm not okay with how your boss treated you"})
    void a_question_or_a_reflection_to_the_client_in_role_is_practice(String line) {
        assertFalse(screen.looksLikeRealCrisis(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I keep thinking I want to kill myself", "honestly i'm suicidal",
            "sorry this isn't practice anymore, i actually want to kill myself", "I was going to end my life last week"})
    void the_trainee_speaking_of_their_own_risk_pauses_the_practice(String text) {
        assertTrue(screen.looksLikeRealCrisis(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm wondering if you've had any thoughts of suicide?",
            "So what I'm hearing is that the thoughts of suicide come when you're on your own after a shift.",
            "I just want to check, are you thinking about suicide?",
            "I have to ask, have you had thoughts of ending your life?"})
    void asking_or_summarising_the_clients_risk_is_practice(String text) {
        assertFalse(screen.looksLikeRealCrisis(text), text);
    }
}
