package org.practicum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every subcommand in its own JVM, as a user runs it, with the embedding model on (the shipped default):
 * the documented exit code, stdout that parses (nothing after the JSON of an export), no JVM crash file,
 * and the native embedding runtime never loaded by a command that does not practise.
 */
class SubcommandProcessTest {

    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** The crash was in about half the runs of a non-practising command; practising ones are slower. */
    private static final int REPEATS = 2;

    @TempDir
    Path dir;

    /** One way to run the command line, what it must answer, and whether it may load the embedding model. */
    private record Run(List<String> args, String stdin, int exitCode, Predicate<String> stdoutOk, boolean practises) {
    }

    @Test
    void every_subcommand_exits_cleanly_with_parseable_stdout_and_only_practice_loads_the_model() throws Exception {
        Path data = dir.resolve("data");
        Cli inProcess = new Cli(data);
        String session = PracticeCliTest.events(inProcess.run("hi, what brings you here?\n", "practice", "--scenario",
                "exam-stress", "--json", "--seed", "2")).get(0).get("session").asText();
        Path probes = dir.resolve("probes.jsonl");
        Files.writeString(probes, "{\"scenario\": \"exam-stress\", \"probe\": \"How are things with your family?\", "
                + "\"expect\": \".\", \"seed\": 4}\n");

        List<Run> quick = List.of(
                new Run(List.of("--version"), "", 0, out -> out.strip().equals("practicum 0.1.0"), false),
                new Run(List.of("help"), "", 0, out -> out.startsWith("Usage: practicum"), false),
                new Run(List.of("scenarios"), "", 0, lines("\\S+ +\\S+ +.+"), false),
                new Run(List.of("scenarios", "validate"), "", 0, lines("ok +\\S+|\\d+ valid, .+"), false),
                new Run(List.of("sessions"), "", 0, lines("s-\\S+ +\\S+ +(active|paused|ended) +\\d+ +\\S+"), false),
                new Run(List.of("sessions", "export", session), "", 0, out -> isExportOf(out, session), false),
                new Run(List.of("sessions", "delete", "s-none"), "", Main.USAGE, String::isEmpty, false),
                new Run(List.of("eval"), "", Main.USAGE, String::isEmpty, false));
        List<Run> practising = List.of(
                new Run(List.of("practice", "--scenario", "exam-stress", "--json", "--seed", "1"),
                        "It sounds like a lot.\n", 0, SubcommandProcessTest::jsonLines, true),
                new Run(List.of("eval", "client", probes.toString()), "", 0,
                        out -> out.strip().endsWith("client answered=1/1 ended_after_probe=0"), true));

        List<String> problems = new ArrayList<>();
        int n = 0;
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            for (Run run : quick) {
                check(run, data, n++, problems);
            }
        }
        for (Run run : practising) {
            check(run, data, n++, problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith("hs_err")), "a JVM crash file");
        }
    }

    private void check(Run run, Path data, int n, List<String> problems) throws Exception {
        Path classLog = dir.resolve("classes-" + n + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Xlog:class+load=info:file=" + classLog, "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(run.args());
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(new Cli(data).with("PRACTICUM_ANALYSIS_EMBEDDINGS", "true").env());
        Path stdout = dir.resolve("out-" + n + ".txt");
        builder.redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        process.getOutputStream().write(run.stdin().getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), run.args() + " did not finish");
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String what = "run " + n + " " + run.args();
        if (process.exitValue() != run.exitCode()) {
            problems.add(what + ": exit " + process.exitValue() + ", expected " + run.exitCode() + "\n" + out);
        } else if (!run.stdoutOk().test(out)) {
            problems.add(what + ": unexpected stdout\n" + out);
        }
        if (!run.practises() && Files.readString(classLog).contains("ai.onnxruntime.")) {
            problems.add(what + ": loaded the native embedding runtime without practising");
        }
    }

    private static Predicate<String> lines(String regex) {
        return out -> !out.isBlank() && out.lines().allMatch(l -> l.matches(regex));
    }

    private static boolean isExportOf(String out, String session) {
        try {
            JsonNode json = STRICT_JSON.readTree(out);
            return json.get("id").asText().equals(session) && json.get("turns").size() == 2;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean jsonLines(String out) {
        try {
            List<JsonNode> events = new ArrayList<>();
            for (String line : out.strip().split("\n")) {
                events.add(STRICT_JSON.readTree(line));
            }
            return events.get(events.size() - 1).get("type").asText().equals("debrief");
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void the_checks_catch_a_crash_banner_after_the_json() {
        String export = "{\"id\": \"s-1\", \"turns\": [{}, {}]}\n";
        assertTrue(isExportOf(export, "s-1"));
        assertFalse(isExportOf(export + "#\n# A fatal error has been detected by the Java Runtime Environment:\n",
                "s-1"));
        assertEquals(false, jsonLines("{\"type\": \"debrief\"}\n# SIGSEGV"));
    }
}
