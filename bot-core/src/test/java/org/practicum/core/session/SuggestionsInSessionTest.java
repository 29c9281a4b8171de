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
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.cue.LexiconCueDetector;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.suggestion.Grounding;
import org.practicum.core.suggestion.Suggestion;
import org.practicum.core.suggestion.SuggestionKind;
import org.practicum.core.suggestion.SuggestionTemplates;
import org.practicum.core.testing.Fixtures;
import org.practicum.core.text.Sentences;

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
    void after_every_voiced_risk_cue_a_direct_question_about_suicide_is_among_the_suggestions() {
        List<String> missing = new ArrayList<>();
        int cues = 0;
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (long seed = 1; seed <= 6; seed++) {
                for (TurnRecord t : session(scenario.id(), seed, seed % 2 == 0 ? NOVICE : REPLIES)) {
                    if (t.client().cues().stream().noneMatch(c -> c.kind().isHighRisk())
                            || t.client().move().endsSession()) {
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
        assertTrue(cues > 5, "the sessions voiced risk cues: " + cues);
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void after_an_anxiety_or_other_cue_the_suggestions_explore_it_instead_of_asking_about_suicide() {
        List<String> wrong = new ArrayList<>();
        int cues = 0;
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (long seed = 1; seed <= 4; seed++) {
                for (TurnRecord t : session(scenario.id(), seed, seed % 2 == 0 ? NOVICE : REPLIES)) {
                    if (t.client().cues().isEmpty() || t.client().cues().stream().anyMatch(c -> c.kind().isHighRisk())
                            || t.client().move().endsSession()) {
                        continue;
                    }
                    cues++;
                    String quote = t.client().cues().get(0).quote();
                    boolean asks = t.suggestions().items().stream().anyMatch(s -> asksAboutRisk(scenario, s.text()));
                    boolean explores = t.suggestions().of(SuggestionKind.MI).text().contains(quote);
                    if (asks || !explores) {
                        wrong.add(scenario.id() + " turn " + t.turn() + " after \"" + t.client().text() + "\": "
                                + t.suggestions().items());
                    }
                }
            }
        }
        assertTrue(cues > 5, "the sessions voiced other cues: " + cues);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void cue_quotes_in_suggestions_watch_outs_and_try_lines_are_the_whole_clause_that_carries_the_cue() {
        List<String> wrong = new ArrayList<>();
        LexiconCueDetector detector = new LexiconCueDetector();
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (long seed = 1; seed <= 2; seed++) {
                List<TurnRecord> turns = session(scenario.id(), seed, seed % 2 == 0 ? NOVICE : REPLIES);
                for (int i = 0; i < turns.size(); i++) {
                    TurnRecord t = turns.get(i);
                    for (DistressCue cue : t.client().cues()) {
                        String text = t.client().text();
                        boolean carries = detector.detect(text).stream().noneMatch(c -> c.kind() == cue.kind())
                                || detector.detect(cue.quote()).stream().anyMatch(c -> c.kind() == cue.kind());
                        if (!carries || cue.quote().strip().length() >= text.strip().length() && Sentences.split(text).size() > 1) {
                            wrong.add(scenario.id() + " turn " + t.turn() + ": quote \"" + cue.quote() + "\" of \"" + text + "\"");
                        }
                        if (t.suggestions().hasWatchOut() && !t.suggestions().watchOut().contains(cue.quote())
                                && t.client().cues().get(0) == cue) {
                            wrong.add(scenario.id() + " turn " + t.turn() + ": watch-out " + t.suggestions().watchOut());
                        }
                    }
                    if (i + 1 < turns.size() && turns.get(i + 1).analysis() != null && !t.client().cues().isEmpty()) {
                        for (var flag : turns.get(i + 1).analysis().flags()) {
                            if (flag.kind() == FlagKind.MISSED_DISTRESS_CUE
                                    && (!flag.better().contains(t.client().cues().get(0).quote())
                                    || flag.better().matches("(?s).*(\\.\\.\\.|…)'.*"))) {
                                wrong.add(scenario.id() + " turn " + t.turn() + ": Try " + flag.better());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void after_a_yes_the_answer_is_said_back_with_the_next_safety_question_and_the_disclosure_gets_a_watch_out() {
        List<String> wrong = new ArrayList<>();
        int yeses = 0;
        for (String id : List.of("advanced-burden", "advanced-night-shift")) {
            Scenario scenario = Fixtures.scenario(id);
            for (long seed = 1; seed <= 3; seed++) {
                boolean disclosed = false;
                for (TurnRecord t : session(id, seed)) {
                    if (t.client().move() != ClientMove.ANSWER_RISK || !t.stateAfter().riskDisclosed()) {
                        continue;
                    }
                    yeses++;
                    String mi = t.suggestions().of(SuggestionKind.MI).text();
                    if (Sentences.longestSharedRun(mi, t.client().text()) < 3 && !mi.startsWith("Thank you")) {
                        wrong.add(id + " turn " + t.turn() + ": not said back: " + mi + " after " + t.client().text());
                    }
                    if (!mi.endsWith("?")) {
                        wrong.add(id + " turn " + t.turn() + ": no safety question: " + mi);
                    }
                    if (!disclosed && !t.suggestions().watchOut().contains("secret")) {
                        wrong.add(id + " turn " + t.turn() + ": no watch-out on the disclosure: " + t.suggestions());
                    }
                    disclosed = true;
                }
            }
        }
        assertTrue(yeses >= 4, "yes answers: " + yeses);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void a_safety_question_the_client_already_answered_is_not_suggested() {
        // Helen's fullest answers tell how often, that there is no plan, what keeps her going and that nobody knows.
        int full = 0;
        for (long seed = 1; seed <= 8; seed++) {
            for (TurnRecord t : session("advanced-burden", seed)) {
                String said = t.client().text().toLowerCase();
                if (t.client().move() == ClientMove.ANSWER_RISK && said.contains("most nights")
                        && (said.contains("nobody knows") || said.contains("haven't told anyone"))) {
                    full++;
                    String mi = t.suggestions().of(SuggestionKind.MI).text();
                    assertTrue(!mi.contains("How often") && !mi.contains("plans?") && !mi.contains("anyone else know"), mi);
                }
            }
        }
        assertTrue(full > 0, "Helen never gave her fullest answer");
    }

    @Test
    void after_a_no_the_client_is_thanked_once_and_the_suggestions_go_on_exploring() {
        List<String> wrong = new ArrayList<>();
        int noes = 0;
        for (Scenario scenario : Fixtures.scenarios().all()) {
            int thanked = 0;
            for (TurnRecord t : session(scenario.id(), 1)) {
                if (t.client().move() == ClientMove.ANSWER_RISK && !t.stateAfter().riskDisclosed()) {
                    noes++;
                }
                thanked += (int) t.suggestions().items().stream().filter(s -> s.text().contains("answering that honestly"))
                        .count() > 0 ? 1 : 0;
            }
            if (thanked > 1) {
                wrong.add(scenario.id() + " thanked on " + thanked + " turns");
            }
        }
        assertTrue(noes >= 5, "no answers: " + noes);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void after_the_first_no_nothing_quotes_older_words_than_the_answer_just_given() {
        // Trainer review: "I'm glad you could tell me. \"that was a bit random\" still sounds like a lot to carry".
        java.util.regex.Pattern quoted = java.util.regex.Pattern.compile("\"([^\"]+)\"");
        List<String> wrong = new ArrayList<>();
        int noes = 0;
        for (Scenario scenario : Fixtures.scenarios().all()) {
            // The first no, to the direct question: later answers to follow-up questions go on exploring.
            for (TurnRecord t : session(scenario.id(), 1)) {
                if (t.client().move() != ClientMove.ANSWER_RISK || t.stateAfter().riskDisclosed()
                        || t.stateAfter().riskAsked().size() > 1) {
                    continue;
                }
                noes++;
                for (Suggestion s : t.suggestions().items()) {
                    var m = quoted.matcher(s.text());
                    while (m.find()) {
                        if (!t.client().text().contains(m.group(1))) {
                            wrong.add(scenario.id() + " turn " + t.turn() + ": " + s.text() + " after " + t.client().text());
                        }
                    }
                }
            }
        }
        assertTrue(noes >= 5, "no answers: " + noes);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void the_opening_suggestions_answer_what_the_client_opened_with() {
        List<String> wrong = new ArrayList<>();
        for (Scenario scenario : Fixtures.scenarios().all()) {
            TurnRecord opening = session(scenario.id(), 1, List.of()).get(0);
            long answering = opening.suggestions().items().stream()
                    .filter(s -> Sentences.longestSharedRun(s.text(), opening.client().text()) >= 3).count();
            if (answering < 2) {
                wrong.add(scenario.id() + ": " + opening.client().text() + " -> " + opening.suggestions().items());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void action_planning_never_comes_in_the_turn_of_a_risk_disclosure_nor_after_thoughts_of_not_being_here() {
        // after a yes, safety-planning practice explores safety; "a month from now" came two turns after one
        List<String> wrong = new ArrayList<>();
        // A planning suggestion is known by the longest stretch of its template's own words.
        Set<String> planning = new HashSet<>();
        Fixtures.suggestionTemplates().byKind().values().forEach(m -> m.get(SuggestionTemplates.Situation.PLANNING)
                .forEach(t -> planning.add(java.util.Arrays.stream(t.split("\\{[a-z_]+}"))
                        .max(java.util.Comparator.comparingInt(String::length)).orElseThrow())));
        for (Scenario scenario : Fixtures.scenarios().all()) {
            boolean toldOfThoughts = false;
            for (TurnRecord t : session(scenario.id(), 2)) {
                boolean risky = toldOfThoughts || !t.client().cues().isEmpty()
                        || t.client().move() == ClientMove.ANSWER_RISK || t.client().move() == ClientMove.ANSWER_CUE;
                toldOfThoughts |= t.stateAfter() != null && t.stateAfter().riskDisclosed();
                if (risky && t.suggestions().items().stream().anyMatch(s -> planning.stream()
                        .anyMatch(s.text()::contains))) {
                    wrong.add(scenario.id() + " turn " + t.turn() + ": " + t.suggestions().items());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void a_repair_owns_up_only_to_a_flagged_slip_and_no_suggestion_comes_back_word_for_word_next_turn() {
        // Lead's terminal play: "I'm sorry, I rushed ahead" with the same earlier words every novice turn, also
        // after a plain closed question ("Do you exercise?" -> "sometimes") that no flag named.
        SuggestionTemplates templates = Fixtures.suggestionTemplates();
        List<String> wrong = new ArrayList<>();
        int repairs = 0;
        for (Scenario scenario : Fixtures.scenarios().all()) {
            List<String> apologies = templates.apologies().values().stream()
                    .map(a -> a.replace("{name}", scenario.persona().firstName())).toList();
            List<Suggestion> before = List.of();
            for (TurnRecord t : session(scenario.id(), 2, NOVICE)) {
                boolean slipped = t.analysis() != null && t.analysis().flags().stream()
                        .anyMatch(f -> f.kind() != FlagKind.CLOSED_QUESTION_STREAK);
                for (Suggestion s : t.suggestions().items()) {
                    boolean apologises = apologies.stream().anyMatch(s.text()::contains);
                    repairs += apologises ? 1 : 0;
                    if (apologises && !slipped) {
                        wrong.add(scenario.id() + " turn " + t.turn() + " apologises for no flag: " + s.text());
                    }
                    if (before.contains(s)) {
                        wrong.add(scenario.id() + " turn " + t.turn() + " again: " + s.text());
                    }
                }
                before = t.suggestions().items();
            }
        }
        assertTrue(repairs > 10, "repairs offered: " + repairs);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void no_suggestion_text_is_offered_word_for_word_in_three_or_more_scenarios() {
        // A skilled and a novice session in each; the client's first name does not make a stock line new.
        Map<String, Set<String>> where = new HashMap<>();
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (long seed = 1; seed <= 2; seed++) {
                for (TurnRecord t : session(scenario.id(), seed, seed == 1 ? REPLIES : NOVICE)) {
                    t.suggestions().items().forEach(s -> where.computeIfAbsent(
                            s.text().replace(scenario.persona().firstName(), "{name}"), k -> new HashSet<>())
                            .add(scenario.id()));
                }
            }
        }
        List<String> stock = where.entrySet().stream().filter(e -> e.getValue().size() >= 3)
                .map(e -> e.getKey() + " " + e.getValue()).sorted().toList();
        assertTrue(stock.isEmpty(), stock.size() + " stock lines of " + where.size() + ":\n" + String.join("\n", stock));
    }

    @Test
    void support_lines_do_not_quote_and_no_filler_template_the_trainer_rated_useless_comes_back() {
        // Trainer review: quote-thanking support, "is weighing on you" on any clause, "what's that like day to
        // day", "matters a lot to you" and "okay to feel the way you do about" a quote were not useful.
        java.util.regex.Pattern filler = java.util.regex.Pattern.compile("\" is (still )?weighing on you|day to day\\?"
                + "|\" matters a lot to you|feel the way you do about \"|Thank you for telling me about \"");
        List<String> wrong = new ArrayList<>();
        for (Scenario scenario : Fixtures.scenarios().all()) {
            for (long seed = 1; seed <= 2; seed++) {
                for (TurnRecord t : session(scenario.id(), seed, seed == 1 ? REPLIES : NOVICE)) {
                    if (t.suggestions().items().isEmpty()) {
                        continue;
                    }
                    String support = t.suggestions().of(SuggestionKind.SUPPORT).text();
                    if (t.turn() > 0 && t.client().cues().isEmpty() && support.contains("\"")) {
                        wrong.add(scenario.id() + " turn " + t.turn() + ": " + support);
                    }
                    t.suggestions().items().stream().filter(s -> filler.matcher(s.text()).find())
                            .forEach(s -> wrong.add(scenario.id() + " turn " + t.turn() + ": " + s.text()));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void a_client_sent_by_someone_else_is_not_told_it_took_something_to_reach_out() {
        for (long seed = 1; seed <= 8; seed++) {
            TurnRecord opening = session("told-to-talk", seed, List.of()).get(0);
            if (opening.client().text().toLowerCase().matches(".*(said i had to|told to|ganged up|got to talk).*")) {
                opening.suggestions().items().forEach(s -> assertTrue(!s.text().contains("reach"), s.text()));
            }
        }
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
