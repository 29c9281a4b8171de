package org.practicum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole scripted session through the CLI must produce exactly the reviewed transcript. When the
 * engine changes on purpose, regenerate with {@code -Dgolden.update=true}, read the diff like a
 * trainer would, and commit it.
 */
class GoldenTranscriptTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/advanced-burden.jsonl");
    static final String SCRIPT = String.join("\n",
            "hi, thanks for reaching out. what's been going on?",
            "You should talk to your husband about it.",
            "It sounds like you've been holding a lot together for everyone else.",
            "What's that been like for you?",
            "That sounds exhausting. It makes sense you feel worn down.",
            "It sounds like part of you feels like you're letting everyone down.",
            "Do you have friends?",
            "How are you feeling right now?",
            "It sounds like you've been carrying this on your own for a long time.",
            "When you say that, are you having thoughts of ending your life?",
            "/retry",
            "Thank you for telling me. It sounds like things feel really heavy right now.",
            "What goes through your mind when it gets like that?",
            "") + "\n";

    @TempDir
    Path data;

    @Test
    void a_scripted_session_reproduces_the_reviewed_transcript() throws Exception {
        Cli.Result result = new Cli(data).run(SCRIPT, "practice", "--scenario", "advanced-burden", "--json",
                "--seed", "42");
        assertEquals(0, result.exitCode(), result.err());
        String session = PracticeCliTest.events(result).get(0).get("session").asText();
        String normalised = result.out().replace(session, "SESSION")
                .replaceAll("\"chart\":\"[^\"]*\"", "\"chart\":\"CHART\"");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, normalised, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), normalised);
    }
}
