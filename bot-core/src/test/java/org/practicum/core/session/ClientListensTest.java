package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.testing.Fixtures;

/**
 * The client as the product runs it offline (trained classifiers, embedding-ranked lines) answers the
 * question asked, in the scenario's own lines: what a trainee practising on it meets (issue 13).
 */
class ClientListensTest {

    @TempDir
    static Path dir;
    static EngineFixture fixture;

    @BeforeAll
    static void open() {
        fixture = EngineFixture.shipped(dir);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    /** The client's answer to the last of {@code lines}, after the others, in a fresh session. */
    private static SessionUpdate after(String scenario, long seed, String... lines) {
        String session = fixture.start(scenario, seed).sessionId();
        SessionUpdate last = null;
        for (String line : lines) {
            last = fixture.engine.reply(session, line);
        }
        return last;
    }

    private static Line said(String scenario, SessionUpdate update) {
        Scenario s = Fixtures.scenario(scenario);
        return s.allLines().stream().filter(l -> update.client().text().contains(l.text())).findFirst()
                .orElseThrow(() -> new AssertionError("not an authored line: " + update.client().text()));
    }

    private static boolean flagged(SessionUpdate update, FlagKind kind) {
        return update.flags().stream().anyMatch(f -> f.kind() == kind);
    }

    @Test
    void a_welcome_that_says_this_is_the_right_place_is_not_advice_and_the_client_opens_up() {
        for (String welcome : List.of("Hi Marcus, this is the right place. I'm sorry to hear about the job.",
                "You're in the right place, Marcus.", "Of course it's ok. It's fine to talk about it here.")) {
            SessionUpdate answer = after("job-loss-money", 1, welcome);

            assertFalse(flagged(answer, FlagKind.PREMATURE_ADVICE), welcome + " -> " + answer.flags());
            assertNotEquals(ClientMove.WITHDRAW, answer.client().move(), welcome + " -> " + answer.client().text());
        }
    }

    @Test
    void a_question_asking_who_or_what_is_not_advice() {
        SessionUpdate answer = after("caregiver-burnout", 1,
                "Hello Donna, you're doing it exactly right. I'm glad Bex set it up for you.",
                "It sounds like you're carrying a lot.", "Who else helps with your mum?");

        assertFalse(flagged(answer, FlagKind.PREMATURE_ADVICE), answer.flags().toString());
        assertNotEquals(ClientMove.WITHDRAW, answer.client().move(), answer.client().text());
    }
}
