package org.practicum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two terminal sessions started from the same folder: the second is told why it cannot start. */
class DataDirectoryInUseTest {

    @TempDir
    Path data;

    @Test
    void a_second_process_on_the_same_embedded_database_gets_a_clear_message_and_the_first_keeps_going()
            throws Exception {
        Cli cli = new Cli(data);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "practice", "--scenario", "exam-stress", "--seed", "1");
        builder.environment().putAll(cli.env());
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process first = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("Tomek:"));
            assertTrue(line != null, "the first session opened");

            Cli.Result second = cli.run("It sounds like a lot.\n", "practice", "--scenario", "exam-stress");

            assertEquals(1, second.exitCode());
            assertTrue(second.err().contains("is in use by another Practicum process"), second.err());
            assertTrue(second.err().contains("PRACTICUM_STORAGE_DATA_DIR"), second.err());
            assertFalse(second.err().contains("SQL State"), second.err());
            first.getOutputStream().write("It sounds like a lot.\n/end\n".getBytes(StandardCharsets.UTF_8));
            first.getOutputStream().close();
            String rest = String.join("\n", out.lines().toList());
            assertTrue(rest.contains("── Debrief"), rest);
            assertTrue(first.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, first.exitValue());
        } finally {
            first.destroyForcibly();
        }
    }
}
