package org.practicum.core.safety;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisScreenTest {

    private final CrisisScreen screen = new CrisisScreen();

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
