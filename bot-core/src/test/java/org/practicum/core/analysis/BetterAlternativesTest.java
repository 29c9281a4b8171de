package org.practicum.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BetterAlternativesTest {

    @Test
    void going_back_to_the_clients_words_ends_the_quote_once() {
        // terminal play: "You mentioned 'It's five weeks since I was made redundant.'. That sounds like a lot."
        assertEquals("Stay with it before moving on: \"You mentioned 'It's five weeks since I was made redundant'. "
                + "That sounds like a lot. How has that been for you?\"",
                BetterAlternatives.stayWith("It's five weeks since I was made redundant."));
    }
}
