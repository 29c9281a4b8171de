package org.practicum.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The client's words a suggestion may quote or say back: whole clauses only (issue 15, trainer review). */
class ClientWordsTest {

    @Test
    void a_fragment_that_stops_mid_phrase_is_neither_quoted_nor_said_back() {
        assertEquals(Optional.empty(), ClientWords.quote("Every twinge in my arm I think"));
        assertEquals(Optional.empty(), ClientWords.quote("Honestly I've taken up"));
        assertEquals(Optional.empty(), ClientWords.reflection("I'm not like"));
        assertEquals(Optional.empty(), ClientWords.quote("Maybe I'm making too much of it"));
    }

    @Test
    void a_whole_clause_is_quoted_word_for_word_and_a_time_said_first_is_left_off() {
        assertEquals(Optional.of("it's more a grey feeling"), ClientWords.quote("it's more a grey feeling"));
        assertEquals(Optional.of("you put your fist through the kitchen cupboard door"),
                ClientWords.reflection("Two weeks back I put my fist through the kitchen cupboard door."));
    }

    @Test
    void being_sent_by_someone_else_is_told_from_reaching_out() {
        assertTrue(ClientWords.sentBySomeoneElse("The wife said I had to do this so here I am."));
        assertTrue(!ClientWords.sentBySomeoneElse("my pal Stevie sent me the link and said it might help"));
    }
}
