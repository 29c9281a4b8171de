package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.simulation.ClientMove;

/** Telling the client to look after themselves is advice: the client answers it and stays (mood helper's terminal play). */
class AdviceIsNotAGoodbyeTest {

    @TempDir
    Path dir;

    @Test
    void you_need_to_look_after_yourself_is_flagged_as_advice_and_the_client_does_not_say_goodbye() {
        try (EngineFixture fixture = EngineFixture.shipped(dir)) {
            List<TurnRecord> turns = fixture.played("caregiver-burnout", 4, List.of("hi, thanks for reaching out",
                    "You really need to look after yourself more, you can't pour from an empty cup."));
            TurnRecord advised = turns.get(2);

            assertNotEquals(ClientMove.THANK_AND_CLOSE, advised.client().move(), advised.client().text());
            assertTrue(advised.analysis().flags().stream().anyMatch(f -> f.kind() == FlagKind.PREMATURE_ADVICE),
                    advised.analysis().flags().toString());
        }
    }

    @Test
    void a_goodbye_that_says_take_care_still_closes() {
        try (EngineFixture fixture = new EngineFixture(dir)) {
            List<TurnRecord> turns = fixture.played("caregiver-burnout", 4, List.of("hi, thanks for reaching out",
                    "what's been happening?", "We're nearly out of time. Thank you for talking with me today, take care."));

            TurnRecord last = turns.get(turns.size() - 1);
            assertTrue(last.client().move().endsSession(), last.client().move() + ": " + last.client().text());
        }
    }
}
