package org.practicum.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;

class HybridDistressCueDetectorTest {

    private final HybridDistressCueDetector detector = ShippedClassifiers.get().cues();

    @ParameterizedTest(name = "\"{1}\" carries {0}")
    @CsvSource(delimiter = '|', value = {
        "ideation        | honestly sometimes i think about ending my life",
        "ideation        | i just don't want to be here anymore",
        "substance       | i've been drinking every night just to get to sleep",
        "purposelessness | what's even the point of getting up",
        "anxiety         | i haven't slept in days and my heart won't stop racing",
        "trapped         | i feel trapped, there's no way out of this",
        "hopelessness    | it's never going to get better for me",
        "withdrawal      | i haven't left my room or talked to anyone in a week",
        "anger           | i was so angry i punched the wall",
        "recklessness    | i drove way too fast last night and honestly didn't care what happened",
        "mood_change     | i don't feel like myself anymore, i just feel numb",
        "burden          | everyone would be better off without me",
        "acute           | i've been giving my things away to my friends",
        "acute           | i wanted to say goodbye before i go",
    })
    void a_clear_cue_is_found_with_its_kind(String kind, String line) {
        List<DistressCue> cues = detector.detect(line);

        assertTrue(cues.stream().anyMatch(c -> c.kind() == CueKind.parse(kind)), () -> "found " + cues);
    }

    @ParameterizedTest(name = "\"{0}\" carries no cue")
    @ValueSource(strings = {
        "i got the job!",
        "my mum's coming to visit on sunday",
        "the train was late again this morning",
        "i want to get better at cooking",
    })
    void an_ordinary_line_carries_no_cue(String line) {
        assertEquals(List.of(), detector.detect(line));
    }

    @Test
    void a_cue_after_an_ordinary_sentence_is_quoted_on_its_own() {
        String message = "work has been busy and my sister visited at the weekend. honestly i don't see the point anymore.";

        List<DistressCue> cues = detector.detect(message);

        assertTrue(cues.stream().anyMatch(c -> c.kind() == CueKind.PURPOSELESSNESS
                && c.quote().equals("honestly i don't see the point anymore.")), () -> "found " + cues);
    }

    @Test
    void empty_text_has_no_cues() {
        assertEquals(List.of(), detector.detect(""));
    }
}
