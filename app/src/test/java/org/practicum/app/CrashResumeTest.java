package org.practicum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of a session, start again with --resume: nothing is lost. */
class CrashResumeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void a_session_killed_mid_way_resumes_with_every_shown_turn_intact() throws Exception {
        Cli cli = new Cli(data);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "practice", "--scenario", "exam-stress", "--json", "--seed", "3");
        builder.environment().putAll(cli.env());
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        List<JsonNode> shown = new ArrayList<>();
        try (Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                     StandardCharsets.UTF_8))) {
            stdin.write("It sounds like the exams are really getting to you.\nWhat has that been like?\n");
            stdin.flush();
            String line;
            while ((line = stdout.readLine()) != null) {
                JsonNode event = JSON.readTree(line);
                shown.add(event);
                if (event.get("type").asText().equals("suggestions") && event.get("turn").asInt() == 2) {
                    break;
                }
            }
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, process.exitValue(), "killed with SIGKILL");
        String session = shown.get(0).get("session").asText();
        JsonNode lastClient = shown.stream().filter(e -> e.get("type").asText().equals("client"))
                .reduce((a, b) -> b).orElseThrow();

        Cli.Result resumed = cli.run("How are you feeling right now?\n", "practice", "--resume", session, "--json");

        assertEquals(0, resumed.exitCode(), resumed.err());
        List<JsonNode> events = PracticeCliTest.events(resumed);
        assertEquals("resume", events.get(0).get("kind").asText());
        assertEquals(lastClient.get("text"), events.get(1).get("text"), "the last message shown is shown again");
        assertTrue(events.stream().anyMatch(e -> e.get("type").asText().equals("client")
                && e.get("turn").asInt() == 3), "the conversation continues at turn 3");
        JsonNode export = JSON.readTree(cli.run("", "sessions", "export", session).out());
        assertEquals(4, export.get("turns").size(), "opening, two replies before the crash, one after");
    }
}
