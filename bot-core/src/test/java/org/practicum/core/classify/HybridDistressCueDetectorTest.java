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

    @ParameterizedTest(name = "\"{1}\" is a high-risk {0} cue")
    @CsvSource(delimiter = '|', value = {
        "anxiety      | it's wednesday and i haven't eaten since saturday, i just feel sick",
        "anxiety      | my hands won't stop shaking and i can't breathe properly",
        "ideation     | sometimes i think everyone would cope fine if i just wasn't in the picture",
        "burden       | i keep thinking my kids would be better off with someone else raising them",
        "hopelessness | we're stuck in a hotel and i can't see a future where this gets sorted",
        "ideation     | i wear long sleeves to the office now, even in july",
        "ideation     | i've sold the car. won't be needing it where i'm headed",
        "acute        | i sorted out who gets the cat and left my passwords with my brother. wrote down my passwords too",
        "anxiety      | ever since the break-in i've been terrified all the time",
        "anxiety      | i dozed off at the wheel coming home from my shift",
        "substance    | i need half a bottle of wine every night just to get to sleep",
        "substance    | it's three or four cans to get off to sleep these days",
        "ideation     | some nights i'd rather just go where he went",
        "burden       | honestly they'd cope fine without me",
        "burden       | all i do is take from everyone these days",
    })
    void a_cue_a_reply_must_not_move_past_is_high_risk(String kind, String line) {
        List<DistressCue> cues = detector.highRisk(line);

        assertTrue(cues.stream().anyMatch(c -> c.kind() == CueKind.parse(kind)), () -> "found " + cues);
    }

    @ParameterizedTest(name = "\"{0}\" is not a high-risk cue")
    @ValueSource(strings = {
        "i've been a bit anxious about my exams",
        "i had to give up my dog because my new flat doesn't allow pets",
        "my brother died by suicide two years ago and it's his birthday tomorrow",
        "my flatmate keeps eating my food",
        "i didn't get into any of the unis i applied to",
        "my parents gave up everything to get me here",
        "i'm stuck in the middle of my two best friends falling out",
        "i had a glass of wine with dinner last night",
    })
    void ordinary_distress_and_someone_elses_loss_are_not_high_risk(String line) {
        assertEquals(List.of(), detector.highRisk(line));
    }

    @Test
    void a_high_risk_cue_quotes_the_clause_that_carries_it() {
        List<DistressCue> cues = detector.highRisk("the flood ruined the kitchen, we're in a hotel with two kids "
                + "and i can't see a future where this ever gets sorted");

        assertEquals("i can't see a future where this ever gets sorted", cues.get(0).quote(), cues.toString());
    }

    @ParameterizedTest(name = "\"{1}\" is a watch-out {0} cue")
    @CsvSource(delimiter = '|', value = {
        "anger      | got so wound up i put my foot through the shed door",
        "substance  | i'm drinking a lot more since the funeral",
        "withdrawal | i haven't picked up my phone to anyone in weeks",
        "anxiety    | i go to bed at ten and just lie there till four",
        "recklessness | i keep getting into fights on a friday night",
        "anxiety    | i felt sick the whole drive in",
        "withdrawal | most days i stay in bed till lunchtime",
        "anxiety    | my stomach's in knots before every shift",
    })
    void a_sign_told_as_what_the_client_does_is_a_watch_out_cue(String kind, String line) {
        List<DistressCue> cues = detector.highRisk(line);

        assertTrue(cues.stream().anyMatch(c -> c.kind() == CueKind.parse(kind) && c.watchOut()), () -> "found " + cues);
    }

    @ParameterizedTest(name = "\"{0}\" is no cue of the client's own")
    @ValueSource(strings = {"my flatmate has stopped replying to my texts", "he smashed my mug on purpose",
            "apparently i'm not myself since the operation", "no, i'm not going to hurt myself, i'm just tired of it all"})
    void someone_elses_act_or_view_is_not_the_clients_cue(String line) {
        assertEquals(List.of(), detector.highRisk(line));
    }
}
