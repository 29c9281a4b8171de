package org.practicum.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.config.ConfigException;
import org.practicum.core.testing.Fixtures;

class ScenarioReaderTest {

    @TempDir
    Path dir;

    private Path copyOfShipped(String id) throws IOException {
        Path target = dir.resolve(id + ".yaml");
        Files.copy(Fixtures.CONFIG.resolve("scenarios").resolve(id + ".yaml"), target);
        return target;
    }

    @Test
    void a_broken_file_is_reported_with_file_and_line_and_the_others_still_load() throws IOException {
        copyOfShipped("exam-stress");
        Path broken = copyOfShipped("break-up");
        String text = Files.readString(broken);
        int trustLine = lineOf(text, "trust:", 2);
        Files.writeString(broken, replaceNth(text, "trust:", 2, "trust: 1.7 #"));

        ScenarioCatalog catalog = ScenarioCatalog.load(dir);

        assertEquals(1, catalog.all().size());
        assertEquals("exam-stress", catalog.all().get(0).id());
        ConfigException problem = catalog.problems().get(0);
        assertTrue(problem.file().endsWith("break-up.yaml"), problem.file());
        assertEquals(trustLine, problem.line());
        assertTrue(problem.getMessage().contains("between 0 and 1"), problem.getMessage());
    }

    @Test
    void invalid_yaml_names_the_line_of_the_syntax_error() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "id: bad\ntitle: [unclosed\ndifficulty: intro\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ScenarioReader.read(file));
        assertTrue(e.line() >= 2, "line " + e.line());
        assertTrue(e.getMessage().startsWith(file.toString() + ":"), e.getMessage());
    }

    @Test
    void a_missing_required_key_is_named() throws IOException {
        Path file = copyOfShipped("exam-stress");
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^presenting_problem:.*$", ""));
        ConfigException e = assertThrows(ConfigException.class, () -> ScenarioReader.read(file));
        assertTrue(e.getMessage().contains("missing 'presenting_problem'"), e.getMessage());
    }

    @Test
    void an_unknown_emotion_is_rejected_with_the_allowed_values() throws IOException {
        Path file = copyOfShipped("exam-stress");
        Files.writeString(file, Files.readString(file).replaceFirst("emotion: fear", "emotion: meh"));
        ConfigException e = assertThrows(ConfigException.class, () -> ScenarioReader.read(file));
        assertTrue(e.getMessage().contains("unknown emotion 'meh'"), e.getMessage());
        assertTrue(e.line() > 0);
    }

    @Test
    void the_id_must_match_the_file_name() throws IOException {
        Path file = dir.resolve("other-name.yaml");
        Files.copy(Fixtures.CONFIG.resolve("scenarios/exam-stress.yaml"), file);
        ConfigException e = assertThrows(ConfigException.class, () -> ScenarioReader.read(file));
        assertTrue(e.getMessage().contains("must equal the file name"), e.getMessage());
    }

    @Test
    void an_empty_directory_loads_nothing_and_reports_nothing() {
        ScenarioCatalog catalog = ScenarioCatalog.load(dir);
        assertTrue(catalog.all().isEmpty());
        assertTrue(catalog.problems().isEmpty());
    }

    private static int lineOf(String text, String needle, int occurrence) {
        int from = 0;
        int index = -1;
        for (int i = 0; i < occurrence; i++) {
            index = text.indexOf(needle, from);
            from = index + 1;
        }
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String replaceNth(String text, String needle, int occurrence, String replacement) {
        int from = 0;
        int index = -1;
        for (int i = 0; i < occurrence; i++) {
            index = text.indexOf(needle, from);
            from = index + 1;
        }
        return text.substring(0, index) + replacement + text.substring(index + needle.length());
    }
}
