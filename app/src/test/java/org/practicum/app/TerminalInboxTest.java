package org.practicum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.app.cli.JsonOutput;
import org.practicum.app.cli.PracticeLoop;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.SessionOrigin;

/** A line the terminal read, and then the process stopped before its turn was stored: --resume answers it first. */
class TerminalInboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINE = "It sounds like the exams are really getting to you.";

    @TempDir
    Path data;

    @Test
    void a_line_read_before_a_stop_is_answered_once_when_the_session_is_resumed() throws Exception {
        Cli cli = new Cli(data);
        String sessionId;
        try (Practicum practicum = Practicum.open(Cli.CONFIG, cli.env())) {
            PracticeEngine engine = practicum.engine();
            sessionId = engine.start("exam-stress", new Participant("terminal", "me"), SessionOrigin.terminal(), 3L)
                    .sessionId();
            // given: the line is read and recorded, then the process stops (its input breaks, no debrief)
            engine.inbox().haltAfterRecording(true);
            StringWriter shown = new StringWriter();
            PracticeLoop loop = new PracticeLoop(engine, practicum.debriefs(),
                    new JsonOutput(new PrintWriter(shown, true), practicum.emoji()));
            assertThrows(IOException.class, () -> loop.run(sessionId, oneLineThenStopped(), () -> { }));
            assertEquals("", shown.toString(), "halted: nothing answered");
        }

        // when
        Cli.Result resumed = cli.run("", "practice", "--resume", sessionId, "--json");

        // then: the client answers the line, once, and the session holds it as the first reply
        assertEquals(0, resumed.exitCode(), resumed.err());
        List<JsonNode> answers = PracticeCliTest.events(resumed).stream()
                .filter(e -> e.get("type").asText().equals("client") && e.get("turn").asInt() == 1).toList();
        assertEquals(1, answers.size(), resumed.out());
        JsonNode export = JSON.readTree(cli.run("", "sessions", "export", sessionId).out());
        assertEquals(LINE, export.get("turns").get(1).get("traineeText").asText());
        assertEquals(2, export.get("turns").size(), "the opening and the one answered line");
    }

    private static BufferedReader oneLineThenStopped() {
        return new BufferedReader(new StringReader(LINE + "\n")) {
            private boolean read;

            @Override
            public String readLine() throws IOException {
                if (read) {
                    throw new IOException("the process stopped");
                }
                read = true;
                return super.readLine();
            }
        };
    }
}
