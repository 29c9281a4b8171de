package org.practicum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    static JsonSchema schema() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("..", "docs", "practice-events.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static List<JsonNode> events(Cli.Result result) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : result.lines()) {
            events.add(JSON.readTree(line));
        }
        return events;
    }

    @Test
    void every_json_line_matches_the_published_schema_and_turns_keep_their_order() throws Exception {
        String input = String.join("\n", "hi, what brings you here?", "You should make a timetable.",
                "It sounds like it's all been a lot.", "", "/retry", "What's been the hardest part?",
                "this isn't practice anymore, i actually want to die", "/resume", "How are you feeling now?") + "\n";
        Cli.Result result = new Cli(data).run(input, "practice", "--scenario", "exam-stress", "--json", "--seed", "1");

        assertEquals(0, result.exitCode(), result.err());
        JsonSchema schema = schema();
        List<JsonNode> events = events(result);
        for (JsonNode event : events) {
            Set<ValidationMessage> problems = schema.validate(event);
            assertTrue(problems.isEmpty(), event + " -> " + problems);
        }
        assertEquals("client", events.get(0).get("type").asText());
        assertEquals(0, events.get(0).get("turn").asInt());
        assertEquals("debrief", events.get(events.size() - 1).get("type").asText());
        assertEquals(1, events.stream().filter(e -> e.get("type").asText().equals("error")).count(), "the empty line");
        assertTrue(events.stream().anyMatch(e -> e.path("kind").asText().equals("pause")));
        assertOrderWithinTurns(events);
    }

    /** Within a turn: the client, then the flags on the reply, then suggestions (a retry starts the turn afresh). */
    static void assertOrderWithinTurns(List<JsonNode> events) {
        List<String> order = List.of("client", "flags", "suggestions");
        int lastTurn = -1;
        int lastRank = -1;
        for (JsonNode e : events) {
            if (e.path("kind").asText().equals("retry")) {
                lastTurn = -1;
            }
            int rank = order.indexOf(e.get("type").asText());
            if (rank < 0) {
                continue;
            }
            int turn = e.get("turn").asInt();
            if (turn == lastTurn) {
                assertTrue(rank > lastRank, "out of order in turn " + turn + ": " + e);
            }
            lastTurn = turn;
            lastRank = rank;
        }
    }

    @Test
    void every_line_of_the_text_debrief_is_indented_under_its_title_what_went_well_included() {
        String input = String.join("\n", "You should get some proper blackout curtains and stop drinking coffee.",
                "Knackered, and it sounds like it's more than just the hours. What's been making it hard to switch off?",
                "Can I ask you directly, have you had any thoughts of ending your life?", "/end") + "\n";
        Cli.Result result = new Cli(data).run(input, "practice", "--scenario", "advanced-night-shift", "--seed", "1");

        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.lines();
        int title = lines.indexOf(lines.stream().filter(l -> l.startsWith("── Debrief")).findFirst().orElseThrow());
        List<String> body = lines.subList(title + 1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        assertTrue(body.stream().filter(l -> l.contains("· ")).count() >= 2, String.join("\n", body));
        body.forEach(line -> assertTrue(line.startsWith("   "), "not indented: " + line));
    }

    @Test
    void an_unknown_scenario_is_a_usage_error_with_a_clear_message() throws Exception {
        Cli.Result result = new Cli(data).run("", "practice", "--scenario", "no-such-thing", "--json");
        assertEquals(2, result.exitCode());
        JsonNode error = events(result).get(0);
        assertEquals("error", error.get("type").asText());
        assertTrue(error.get("message").asText().contains("Unknown scenario 'no-such-thing'"));
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void a_model_that_cannot_be_reached_is_told_at_the_opening_as_on_every_turn() throws Exception {
        // a model server that refuses connections: every call fails from the first, the opening's
        Cli cli = new Cli(data).with("PRACTICUM_LLM_PROVIDER", "ollama").with("PRACTICUM_LLM_MODEL", "any")
                .with("PRACTICUM_LLM_BASE_URL", "http://127.0.0.1:9").with("PRACTICUM_LLM_BACKOFF_MS", "1")
                .with("PRACTICUM_LLM_BREAKER_FAILURES", "1000");
        List<JsonNode> events = events(cli.run("It sounds like a lot.\n", "practice", "--scenario", "exam-stress",
                "--json", "--seed", "1"));

        for (int turn = 0; turn <= 1; turn++) {
            int t = turn;
            List<JsonNode> inTurn = events.stream().filter(e -> e.path("turn").asInt(-1) == t).toList();
            assertEquals("notice", inTurn.get(0).get("type").asText(), "turn " + t + ": " + inTurn);
            assertEquals("fallback", inTurn.get(0).get("kind").asText(), "turn " + t + ": " + inTurn);
            assertTrue(inTurn.stream().anyMatch(e -> e.get("type").asText().equals("client")), "turn " + t);
        }
    }

    @Test
    void an_unknown_subcommand_is_a_usage_error() {
        assertEquals(2, new Cli(data).run("", "fly").exitCode());
    }

    @Test
    void without_a_terminal_and_without_arguments_the_help_is_printed() {
        Cli.Result result = new Cli(data).run("");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("Usage: practicum"), result.out());
    }

    @Test
    void scenarios_lists_one_scenario_a_line_with_id_difficulty_and_title() {
        Cli.Result result = new Cli(data).run("", "scenarios");
        assertEquals(0, result.exitCode());
        assertTrue(result.lines().size() >= 10);
        for (String line : result.lines()) {
            assertTrue(line.matches("[a-z0-9-]+\\s+(intro|intermediate|advanced)\\s+\\S.*"), line);
        }
    }

    @Test
    void validate_reports_a_broken_file_with_its_line_and_fails() throws Exception {
        Path dir = Files.createDirectories(data.resolve("scen"));
        Files.copy(Cli.CONFIG.resolve("scenarios/exam-stress.yaml"), dir.resolve("exam-stress.yaml"));
        Files.writeString(dir.resolve("broken.yaml"), "id: broken\ntitle: x\ndifficulty: impossible\n");
        Cli.Result result = new Cli(data).run("", "scenarios", "validate", dir.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.out().contains("broken.yaml:3: 'impossible' is not one of [intro, intermediate, advanced]"),
                result.out());
        assertTrue(result.out().contains("ok      exam-stress"));
    }

    @Test
    void a_malformed_config_fails_with_file_and_line_and_no_stack_trace() throws Exception {
        Path config = Files.createDirectories(data.resolve("config"));
        Files.writeString(config.resolve("application.yaml"), "storage:\n  data-dir: [oops\n");
        Cli.Result result = new Cli(data).with("PRACTICUM_CONFIG_DIR", config.toString()).run("", "scenarios");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("application.yaml:"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    @Test
    void sessions_are_listed_exported_and_deleted() throws Exception {
        Cli cli = new Cli(data);
        Cli.Result practice = cli.run("It sounds like a lot.\n", "practice", "--scenario", "exam-stress", "--json");
        String id = events(practice).get(0).get("session").asText();

        assertTrue(cli.run("", "sessions").out().contains(id));
        Cli.Result export = cli.run("", "sessions", "export", id);
        JsonNode exported = JSON.readTree(export.out());
        assertEquals(2, exported.get("turns").size());
        assertEquals("It sounds like a lot.", exported.get("turns").get(1).get("traineeText").asText());

        assertEquals(0, cli.run("", "sessions", "delete", id).exitCode());
        assertFalse(cli.run("", "sessions").out().contains(id));
        assertEquals(2, cli.run("", "sessions", "export", id).exitCode());
    }

    @Test
    void bench_prints_its_contract_line_last() {
        Cli.Result result = new Cli(data).run("", "bench", "--sessions", "3", "--turns", "3", "--idle", "20");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.lastLine().matches(
                "bench turn_p50_ms=\\d+\\.\\d+ turn_p99_ms=\\d+\\.\\d+ sessions=20 heap_mb=\\d+\\.\\d"), result.lastLine());
    }
}
