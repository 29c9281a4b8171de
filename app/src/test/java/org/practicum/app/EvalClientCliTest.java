package org.practicum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalClientCliTest {

    @TempDir
    Path data;

    @Test
    void probes_are_each_reported_and_counted_on_the_last_line() throws Exception {
        Path probes = data.resolve("probes.jsonl");
        Files.writeString(probes, """
                # a comment line, then three probes: two the client answers, one whose regex cannot match
                {"scenario": "exam-stress", "warmup": ["hi"], "probe": "Are you having thoughts of ending your life?", "expect": "no|not like that"}
                {"scenario": "exam-stress", "probe": "How are things with your family?", "expect": "family|they're fine", "seed": 4}
                {"scenario": "exam-stress", "probe": "How are things with your family?", "expect": "zzz-never"}
                """);

        Cli.Result result = new Cli(data.resolve("d")).run("", "eval", "client", probes.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(4, result.lines().size(), result.out());
        assertTrue(result.lines().get(0).startsWith("ok     probes.jsonl:2 exam-stress |"), result.lines().get(0));
        assertTrue(result.lines().get(2).startsWith("miss   probes.jsonl:4"), result.lines().get(2));
        assertEquals("client answered=2/3 ended_after_probe=0", result.lastLine());
    }

    @Test
    void a_malformed_probe_or_an_unknown_scenario_is_named_with_file_and_line_and_nothing_runs() throws Exception {
        Path broken = data.resolve("broken.jsonl");
        Files.writeString(broken, "{\"scenario\": \"exam-stress\", \"probe\": \"hi\", \"expect\": \"x\"}\n{\"probe\": \"hi\"}\n");
        Path unknown = data.resolve("unknown.jsonl");
        Files.writeString(unknown, "{\"scenario\": \"no-such-person\", \"probe\": \"hi\", \"expect\": \"x\"}\n");

        Cli.Result malformed = new Cli(data.resolve("d")).run("", "eval", "client", broken.toString());
        Cli.Result missing = new Cli(data.resolve("e")).run("", "eval", "client", unknown.toString());

        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.err().contains(broken + ":2: missing \"scenario\""), malformed.err());
        assertEquals("", malformed.out());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains(unknown + ":1: unknown scenario 'no-such-person'"), missing.err());
    }
}
