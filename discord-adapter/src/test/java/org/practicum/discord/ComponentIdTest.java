package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComponentIdTest {

    @Test
    void a_suggestions_button_id_carries_the_session_and_turn_and_reads_back() {
        // given
        ComponentId id = ComponentId.suggestions("s-abc234defg", 7);

        // when
        String encoded = id.encode();

        // then
        assertEquals("prc:sg:s-abc234defg:7", encoded);
        assertEquals(Optional.of(id), ComponentId.parse(encoded));
        assertTrue(encoded.length() <= 100);
    }

    @Test
    void ids_that_are_not_ours_are_ignored() {
        assertEquals(Optional.empty(), ComponentId.parse("other-bot:vote:1"));
        assertEquals(Optional.empty(), ComponentId.parse("prc:zz:s-1:0"));
        assertEquals(Optional.empty(), ComponentId.parse("prc:sg:s-1:notanumber"));
    }
}
