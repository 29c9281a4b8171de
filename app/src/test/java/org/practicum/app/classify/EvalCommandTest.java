package org.practicum.app.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvalCommandTest {

    @Test
    void eval_without_a_command_is_a_usage_error_naming_the_commands() {
        CommandRun run = CommandRun.of(new EvalCommand());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("emotions, strategies, client or feedback"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void eval_has_the_emotions_and_strategies_commands() {
        CommandRun run = CommandRun.of(new EvalCommand(), "strategies");

        assertEquals(2, run.exitCode(), "strategies without a source is a usage error");
    }
}
