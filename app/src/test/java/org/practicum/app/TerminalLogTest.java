package org.practicum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Practising in a terminal: the log shares the screen, so only warnings reach it unless asked for more. */
class TerminalLogTest {

    @TempDir
    Path data;

    @Test
    void a_practice_session_shows_no_info_log_lines_between_the_client_lines() throws Exception {
        String err = practise(null);
        assertFalse(err.contains(" INFO "), err);
    }

    @Test
    void a_log_level_the_trainee_asked_for_is_kept() throws Exception {
        String err = practise("INFO");
        assertTrue(err.contains(" INFO "), err);
    }

    @Test
    void only_the_terminal_session_and_practice_count_as_practising_at_the_terminal() {
        assertTrue(Main.practisesAtTheTerminal(new String[0], true));
        assertFalse(Main.practisesAtTheTerminal(new String[0], false));
        assertTrue(Main.practisesAtTheTerminal(new String[] {"practice", "--scenario", "x"}, false));
        assertFalse(Main.practisesAtTheTerminal(new String[] {"bench"}, true));
        assertTrue(Main.practisesAtTheTerminal(new String[] {"--config=conf", "practice"}, false));
    }

    /** Runs {@code practice} in its own JVM through {@code main}, as the launcher does; returns its stderr. */
    private String practise(String logLevel) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "practice", "--scenario", "exam-stress", "--seed", "1");
        builder.environment().putAll(new Cli(data).env());
        builder.environment().remove("PRACTICUM_LOG_LEVEL");
        if (logLevel != null) {
            builder.environment().put("PRACTICUM_LOG_LEVEL", logLevel);
        }
        Path err = data.resolve("err-" + logLevel + ".txt");
        builder.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        process.getOutputStream().write("It sounds like a lot.\n/end\n".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), Files.readString(err));
        return Files.readString(err);
    }
}
