package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.emotion.Trend;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.testing.Fixtures;

/**
 * The client's mood follows the person through whole sessions (issue 13, item 7): skilled and novice trainees
 * in every shipped scenario, plus the scripted sessions of {@code training/probes/sessions}. Each line is
 * checked as a supervisor reads the mood line; the per-line walk is written to
 * {@code target/mood-walk.txt} for reading.
 */
class MoodFollowsThePersonTest {

    static final List<String> SKILLED = List.of(
            "Hi, I'm glad you got in touch. What's been going on?",
            "It sounds like this has been weighing on you for a while.",
            "What's a typical day like at the moment?",
            "That sounds exhausting. It makes sense you feel worn down.",
            "What's been the hardest part of it for you?",
            "It sounds like part of you feels really alone with all of this.",
            "What goes through your mind when it gets like that?",
            "Sometimes when things feel this heavy people have thoughts of ending their life. Have you had thoughts like that?",
            "Thank you for telling me. How often do those thoughts come?",
            "What keeps you going when it gets like that?",
            "It sounds like you've been carrying this on your own for a long time.",
            "What would you want people to understand about that?",
            "It sounds like that hurts more than you let on.",
            "What's it like at night, when everything goes quiet?",
            "It sounds like you've been holding it together for everyone else.",
            "What would help, even a little, this week?",
            "Thank you for talking with me today. We're coming to the end of our time.");

    static final List<String> NOVICE = List.of(
            "Hi, how are you?",
            "Oh I'm sure it's nothing, everyone feels like that sometimes.",
            "Have you tried going for a walk every day?",
            "Do you sleep ok?",
            "You should really talk to someone about it.",
            "Well at least it's not as bad as it could be.",
            "I had something like that once and I got over it, so I totally get it.",
            "Are you thinking about killing yourself?",
            "Oh don't say that, you've got so much to live for.",
            "Have you thought about yoga? It really helped me.",
            "Do you have friends nearby?",
            "You need to stop being so hard on yourself.",
            "Do you feel better now?",
            "Anyway, have you got any plans for the weekend?",
            "Ok well I hope things get better soon, bye.");

    /** The scripted sessions of training/probes/sessions, by the scenario their file name starts with. */
    static final Map<String, String> SCRIPTS = Map.of("burden", "advanced-burden", "night", "advanced-night-shift",
            "exam", "exam-stress", "breakup", "break-up", "told", "told-to-talk");

    @TempDir
    static Path dir;
    static EngineFixture fixture;
    static final List<MoodWalk.Row> ROWS = new ArrayList<>();
    static final Map<String, List<MoodWalk.Row>> SESSIONS = new LinkedHashMap<>();
    static final List<MoodWalk.Violation> VIOLATIONS = new ArrayList<>();

    @BeforeAll
    static void walk() throws IOException {
        fixture = EngineFixture.shipped(dir);
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (long seed : new long[] {1, 4}) {
                add(MoodWalk.walk(fixture, scenario, "skilled", seed, SKILLED));
                add(MoodWalk.walk(fixture, scenario, "novice", seed, NOVICE));
            }
        }
        try (var files = Files.list(Path.of("..", "training", "probes", "sessions"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".txt", "");
                String scenario = SCRIPTS.get(name.substring(0, name.indexOf('-')));
                add(MoodWalk.walk(fixture, Fixtures.scenario(scenario), name, 1, Files.readAllLines(file)));
            }
        }
        MoodWalk.write(Path.of("target", "mood-walk.txt"), ROWS, VIOLATIONS);
        Map<String, Long> counts = VIOLATIONS.stream().collect(Collectors.groupingBy(MoodWalk.Violation::property,
                LinkedHashMap::new, Collectors.counting()));
        System.out.println("mood walk: " + ROWS.size() + " client lines in " + SESSIONS.size() + " sessions; "
                + "heavy lines " + ROWS.stream().filter(MoodWalk.Row::heavy).count() + ", after a rupture "
                + ROWS.stream().filter(r -> !r.ruptures().isEmpty()).count() + "; violations " + counts
                + "; reaction changes per session max " + SESSIONS.values().stream()
                .mapToLong(MoodWalk::reactionChanges).max().orElse(0));
    }

    private static void add(List<MoodWalk.Row> rows) {
        ROWS.addAll(rows);
        SESSIONS.put(rows.get(0).session(), rows);
        VIOLATIONS.addAll(MoodWalk.check(rows));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static List<String> violations(String property) {
        return VIOLATIONS.stream().filter(v -> v.property().equals(property)).map(v -> v.row().line()).toList();
    }

    @Test
    void after_advice_minimising_judging_or_an_ignored_cue_the_person_never_feels_better() {
        assertTrue(ROWS.stream().anyMatch(r -> !r.ruptures().isEmpty()), "no rupture was walked");
        assertEquals(List.of(), violations("better after a rupture"));
    }

    @Test
    void sadder_for_what_was_told_is_said_only_when_trust_rose() {
        assertTrue(ROWS.stream().anyMatch(r -> r.client().trend() == Trend.OPENED_UP), "no disclosure weighed");
        assertEquals(List.of(), violations("'heavier for what was told' without trust earned"));
    }

    @Test
    void never_happiness_once_thoughts_of_not_being_here_are_told() {
        assertTrue(ROWS.stream().anyMatch(MoodWalk.Row::riskTold), "no risk disclosure was walked");
        assertEquals(List.of(), violations("happiness after a risk disclosure"));
    }

    @Test
    void a_heavy_line_is_never_shown_positive() {
        assertEquals(List.of(), violations("heavy line not negative"));
    }

    @Test
    void a_heavy_line_is_never_a_little_better() {
        assertEquals(List.of(), violations("better on a heavy line"));
    }

    @Test
    void many_ruptures_leave_the_person_guarded_not_at_the_floor_of_valence() {
        assertEquals(List.of(), violations("valence pinned"));
    }

    @Test
    void the_reaction_changes_only_when_the_persons_state_or_words_do() {
        assertEquals(List.of(), violations("reaction changed with no change of state"));
    }
}
