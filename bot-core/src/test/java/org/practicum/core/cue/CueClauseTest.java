package org.practicum.core.cue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicum.core.scenario.Cue;
import org.practicum.core.scenario.Layer;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.testing.Fixtures;

/** A cue is quoted by the clause that carries it, whole: not the whole message, not a neighbouring clause. */
class CueClauseTest {

    private final LexiconCueDetector detector = new LexiconCueDetector();

    @Test
    void the_clause_carrying_the_cue_is_quoted_not_the_one_with_a_feeling_word() {
        assertEquals("I've stopped replying to the girls from school", detector.narrowed(CueKind.WITHDRAWAL,
                "I've stopped replying to the girls from school. I miss them, it's just easier than explaining").quote());
        assertEquals("i'd rather not wake up some days", detector.narrowed(CueKind.IDEATION,
                "work's been awful, i can't keep up and i'd rather not wake up some days").quote());
    }

    @Test
    void a_clause_too_short_to_read_alone_is_quoted_with_its_sentence() {
        assertEquals("panic, every single night", detector.narrowed(CueKind.ANXIETY,
                "It's fine mostly. panic, every single night").quote());
    }

    @Test
    void every_authored_cue_line_is_quoted_by_whole_words_that_carry_its_cue() {
        List<String> wrong = new ArrayList<>();
        int narrowed = 0;
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (Layer layer : scenario.layers()) {
                for (Cue cue : layer.cues()) {
                    for (Line line : cue.lines()) {
                        String quote = detector.narrowed(cue.kind(), line.text()).quote();
                        boolean whole = line.text().matches("(?s)(.*\\W)?\\Q" + quote + "\\E(\\W.*)?");
                        boolean carried = !detector.detect(line.text()).stream().anyMatch(c -> c.kind() == cue.kind())
                                || detector.detect(quote).stream().anyMatch(c -> c.kind() == cue.kind());
                        if (!whole || !carried || quote.endsWith("…") || quote.endsWith("...")) {
                            wrong.add(scenario.id() + ": \"" + quote + "\" from \"" + line.text() + "\"");
                        }
                        narrowed += quote.length() < line.text().strip().length() - 1 ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(narrowed >= 10, "quotes shorter than their line: " + narrowed);
    }
}
