package org.practicum.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.config.ConfigException;
import org.practicum.core.cue.LexiconCueDetector;
import org.practicum.core.testing.Fixtures;

class StoryCheckTest {

    @TempDir
    Path dir;

    private final StoryCheck check = new StoryCheck(new LexiconCueDetector());

    /** The shipped exam-stress file with one text replaced, read back. */
    private Scenario examStressWith(String... fromTo) throws IOException {
        Path file = dir.resolve("exam-stress.yaml");
        String text = Files.readString(Fixtures.CONFIG.resolve("scenarios/exam-stress.yaml"));
        for (int i = 0; i < fromTo.length; i += 2) {
            assertTrue(text.contains(fromTo[i]), "the shipped file still has: " + fromTo[i]);
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        Files.writeString(file, text);
        return ScenarioReader.read(file);
    }

    private static int lineOf(Scenario s, String text) {
        return s.allLines().stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow().sourceLine();
    }

    @Test
    void the_shipped_exemplar_reads_clean() throws IOException {
        assertEquals(List.of(), check.check(examStressWith("", "")).stream().map(ConfigException::getMessage).toList());
    }

    @Test
    void a_line_that_mentions_someone_only_a_deeper_layer_introduces_is_reported_at_its_line() throws IOException {
        // given the surface layer naming the housemate without introducing him, introduced only in the secret
        Scenario s = examStressWith("my housemate kacper's already done two past papers", "kacper's done two past papers",
                "not even kacper", "not even my housemate kacper");

        List<ConfigException> problems = check.check(s);

        ConfigException problem = problems.stream().filter(p -> p.getMessage().contains("kacper's done"))
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(lineOf(s, "kacper's done two past papers. i haven't opened one"), problem.line());
        assertTrue(problem.getMessage().contains("first introduced in layer 'the-secret', deeper than this line's"),
                problem.getMessage());
    }

    @Test
    void a_line_that_says_he_about_nobody_is_reported() throws IOException {
        Scenario s = examStressWith("{text: \"he drives to normanton at nine at night and gets back when i'm waking up\","
                + " emotion: neutral, about: [dad]}", "{text: \"he drives to normanton at nine at night and gets back "
                + "when i'm waking up\", emotion: neutral}");

        assertTrue(check.check(s).stream().anyMatch(p -> p.getMessage().contains("he drives to normanton")
                && p.getMessage().contains("names nobody")), check.check(s).toString());
    }

    @Test
    void a_line_that_reads_as_a_cue_outside_the_cues_is_reported_unless_marked_as_none() throws IOException {
        Scenario marked = examStressWith("", "");
        Scenario unmarked = examStressWith("picturing walking in there and panicking\", cue: none}",
                "picturing walking in there and panicking\"}");

        assertTrue(check.check(marked).isEmpty());
        assertTrue(check.check(unmarked).stream().anyMatch(p -> p.getMessage().contains("sports hall")
                && p.getMessage().contains("reads as a distress cue")), check.check(unmarked).toString());
    }

    @Test
    void a_scenario_without_risk_answers_is_told_which_questions_it_leaves_unanswered() throws IOException {
        Scenario s = examStressWith("  plan:\n    - \"no. no plan, nothing. it's not that\"\n", "");

        assertTrue(check.check(s).stream().anyMatch(p -> p.getMessage().startsWith(s.file() + ":1: risk.plan")),
                check.check(s).toString());
    }
}
