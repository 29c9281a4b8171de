package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.analysis.AnalysisContext;
import org.practicum.core.analysis.ConversationFacts;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.suggestion.Grounding;
import org.practicum.core.suggestion.Suggestion;
import org.practicum.core.suggestion.SuggestionKind;
import org.practicum.core.suggestion.SuggestionTemplates;
import org.practicum.core.testing.Fixtures;

/** What the trainee is offered after every client message, over whole sessions of every scenario (issue 15). */
class SuggestionsInSessionTest {

    /** A trainee who listens well, then asks directly about risk, then follows up. */
    static final List<String> REPLIES = List.of("Hi, what's been going on?",
            "It sounds like a lot has been building up.", "What's been the hardest part?",
            "It sounds like you've been carrying this on your own.", "How have you been sleeping?",
            "That sounds exhausting. What goes through your mind at night?",
            "It sounds like part of you feels really alone with this.", "What would you want people to understand?",
            "Are you having any thoughts of ending your life?", "How often do those thoughts come?",
            "It sounds like that's been really frightening to hold on your own.", "What keeps you going?",
            "It sounds like you've been hurting for a long time.", "What do you think might help, even a little?");

    /** A trainee who reassures, advises early and moves past cues: the flags' Try lines come from here. */
    static final List<String> NOVICE = List.of("Hey, what's up?", "You should try to get more sleep.",
            "Don't worry, it'll all work out.", "Do you exercise?", "Is it every day?", "Have you tried talking to someone?",
            "At least you have people around you.", "You just need to think positive.", "Did you eat today?",
            "You should see a doctor.");

    @TempDir
    Path dir;
    EngineFixture fixture;
    private final ResponseAnalyzer analyzer = Fixtures.ruleAnalyzer();
    private final Grounding grounding = new Grounding(Fixtures.suggestionTemplates().wording());

    @BeforeEach
    void open() {
        fixture = new EngineFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<TurnRecord> session(String scenario, long seed) {
        return session(scenario, seed, REPLIES);
    }

    private List<TurnRecord> session(String scenario, long seed, List<String> replies) {
        String id = fixture.start(scenario, seed).sessionId();
        for (String reply : replies) {
            // A novice's run of flagged replies can make the client leave before the list is used up.
            if (fixture.engine.find(id).orElseThrow().status() == SessionStatus.ENDED) {
                break;
            }
            fixture.engine.reply(id, reply);
        }
        return fixture.engine.find(id).orElseThrow().activeTurns();
    }

    @Test
    void no_suggestion_watch_out_or_try_line_names_a_person_or_fact_before_the_client_said_it() {
        List<String> leaks = new ArrayList<>();
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (long seed = 1; seed <= 4; seed++) {
                List<String> said = new ArrayList<>();
                for (TurnRecord t : session(scenario.id(), seed, seed % 2 == 0 ? NOVICE : REPLIES)) {
                    said.add(t.client().text());
                    List<String> shown = new ArrayList<>(t.suggestions().items().stream().map(Suggestion::text).toList());
                    shown.add(t.suggestions().watchOut());
                    if (t.analysis() != null) { // the opening answers no trainee message
                        t.analysis().flags().forEach(f -> shown.add(triedWords(f.better())));
                    }
                    for (String text : shown) {
                        Set<String> leaked = grounding.leaks(text, scenario, said);
                        if (!leaked.isEmpty()) {
                            leaks.add(scenario.id() + " turn " + t.turn() + ": " + leaked + " in \"" + text + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    /** What a Try line offers the trainee to say: the quoted words after its advice. */
    private static String triedWords(String tryLine) {
        int open = tryLine.indexOf('"');
        return open < 0 ? tryLine : tryLine.substring(open);
    }

    @Test
    void after_every_voiced_cue_a_direct_question_about_suicide_is_among_the_suggestions() {
        List<String> missing = new ArrayList<>();
        int cues = 0;
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (long seed = 1; seed <= 3; seed++) {
                for (TurnRecord t : session(scenario.id(), seed)) {
                    if (t.client().cues().isEmpty() || t.client().move().endsSession()) {
                        continue;
                    }
                    cues++;
                    boolean asks = t.suggestions().items().stream().anyMatch(s -> asksAboutRisk(scenario, s.text()));
                    if (!asks) {
                        missing.add(scenario.id() + " turn " + t.turn() + " after \"" + t.client().text() + "\": "
                                + t.suggestions().items());
                    }
                }
            }
        }
        assertTrue(cues > 10, "the sessions voiced cues: " + cues);
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void action_planning_never_comes_in_the_turn_of_a_risk_disclosure() {
        List<String> wrong = new ArrayList<>();
        // A planning suggestion is known by the longest stretch of its template's own words.
        Set<String> planning = new HashSet<>();
        Fixtures.suggestionTemplates().byKind().values().forEach(m -> m.get(SuggestionTemplates.Situation.PLANNING)
                .forEach(t -> planning.add(java.util.Arrays.stream(t.split("\\{[a-z_]+}"))
                        .max(java.util.Comparator.comparingInt(String::length)).orElseThrow())));
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (TurnRecord t : session(scenario.id(), 2)) {
                boolean risky = !t.client().cues().isEmpty() || t.client().move() == ClientMove.ANSWER_RISK
                        || t.client().move() == ClientMove.ANSWER_CUE;
                if (risky && t.suggestions().items().stream().anyMatch(s -> planning.stream()
                        .anyMatch(s.text()::contains))) {
                    wrong.add(scenario.id() + " turn " + t.turn() + ": " + t.suggestions().items());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void no_suggestion_text_is_offered_word_for_word_in_three_or_more_scenarios() {
        Map<String, Set<String>> where = new HashMap<>();
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (TurnRecord t : session(scenario.id(), 1)) {
                t.suggestions().items().forEach(s -> where.computeIfAbsent(s.text(), k -> new HashSet<>())
                        .add(scenario.id()));
            }
        }
        List<String> stock = where.entrySet().stream().filter(e -> e.getValue().size() >= 3)
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        assertTrue(stock.isEmpty(), String.join("\n", stock));
    }

    @Test
    void the_three_suggestions_differ_in_kind_every_turn() {
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (TurnRecord t : session(scenario.id(), 3)) {
                if (!t.suggestions().items().isEmpty()) {
                    assertTrue(t.suggestions().items().stream().map(Suggestion::kind).distinct().count()
                            == SuggestionKind.values().length, scenario.id() + " turn " + t.turn());
                }
            }
        }
    }

    private boolean asksAboutRisk(Scenario scenario, String text) {
        return analyzer.analyze(new AnalysisContext("s", scenario, new ConversationFacts(1, 0, false, false, 0, 0,
                List.of()), "x", List.of(), List.of(), 1), text).asksAboutRisk();
    }
}
