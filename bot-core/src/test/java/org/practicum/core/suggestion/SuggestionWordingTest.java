package org.practicum.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.conversation.TranscriptEntry.Speaker;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.Trend;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.simulation.ClientState;
import org.practicum.core.simulation.Phase;
import org.practicum.core.testing.Fixtures;
import org.practicum.core.text.Sentences;

/**
 * What the offline engine makes of one client message, on every rotation (seed): the lines the lead's
 * review found wanting (issue 15).
 */
class SuggestionWordingTest {

    private static final Pattern TWICE_A_LOT = Pattern.compile("(?i)\\ba lot\\b.*\\ba lot\\b");
    private final TemplateSuggestionEngine engine = new TemplateSuggestionEngine(Fixtures.suggestionTemplates());

    private Suggestions after(String scenarioId, String said, ClientMove move, EmotionCategory category, long seed) {
        return after(scenarioId, said, move, category, seed, false);
    }

    /** @param heard the core concern is out, heard and reflected: where planning lines may come */
    private Suggestions after(String scenarioId, String said, ClientMove move, EmotionCategory category, long seed,
                              boolean heard) {
        Scenario scenario = Fixtures.scenario(scenarioId);
        Emotion emotion = new Emotion(category, 0.1, -0.2, 0.35);
        int layers = heard ? scenario.coreIndex() + 1 : 1;
        ClientState state = new ClientState(0.5, layers, layers - 1, Phase.EXPLORATION, emotion, 0, 0, Set.of(),
                Set.of(), null, 0, heard ? 2 : 1, heard, false);
        ClientReply reply = new ClientReply(said, emotion, Trend.SAME, move, null, List.of(), false);
        List<TranscriptEntry> transcript = List.of(new TranscriptEntry(Speaker.CLIENT, 2, "it's been a rough few weeks"),
                new TranscriptEntry(Speaker.TRAINEE, 3, "What's been going on?"), new TranscriptEntry(Speaker.CLIENT, 3, said));
        return engine.suggest(new SuggestionContext("s", scenario, state, reply, null, transcript, 3, seed));
    }

    @Test
    void after_a_yes_a_later_risk_cue_gets_the_next_safety_question_not_the_direct_one_again() {
        // Lead's terminal play: "are you having thoughts of ending your life?" four turns after a clear yes.
        // The offline client voices no more hints once it has told; a model-voiced one may.
        List<String> wrong = new ArrayList<>();
        for (String id : List.of("advanced-burden", "advanced-night-shift")) {
            Scenario scenario = Fixtures.scenario(id);
            Emotion emotion = new Emotion(EmotionCategory.SADNESS, -0.5, -0.2, 0.6);
            int core = scenario.coreIndex() + 1;
            ClientState told = new ClientState(0.7, core, core - 1, Phase.DEEPENING, emotion, 0, 0, Set.of(), Set.of(),
                    null, 0, 2, true, false).toBuilder().riskAsked(RiskQuestion.IDEATION).riskAsked(RiskQuestion.FREQUENCY)
                    .riskDisclosed(true).build();
            String said = "what's the point of any of it, honestly";
            ClientReply reply = new ClientReply(said, emotion, Trend.SAME, ClientMove.VOICE_CUE, null,
                    List.of(new DistressCue(CueKind.HOPELESSNESS, said)), false);
            List<TranscriptEntry> transcript = List.of(
                    new TranscriptEntry(Speaker.TRAINEE, 8, "Are you having thoughts of ending your life?"),
                    new TranscriptEntry(Speaker.CLIENT, 8, "yes. sometimes. at night mostly"),
                    new TranscriptEntry(Speaker.TRAINEE, 9, "Thank you for telling me. How often do they come?"),
                    new TranscriptEntry(Speaker.CLIENT, 9, said));
            for (long seed = 0; seed < 6; seed++) {
                String mi = engine.suggest(new SuggestionContext("s", scenario, told, reply, null, transcript, 9, seed))
                        .of(SuggestionKind.MI).text();
                if (mi.contains("ending your life") || mi.contains("suicide") || !mi.endsWith("?")) {
                    wrong.add(id + " seed " + seed + ": " + mi);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void a_sentence_capital_said_back_is_lowered_even_a_one_letter_word_but_not_i() {
        for (long seed = 0; seed < 4; seed++) {
            for (Suggestion s : after("advanced-burden", "A friend said this was a good place to talk. I've had a rough patch",
                    ClientMove.ELABORATE, EmotionCategory.SADNESS, seed).items()) {
                assertTrue(!s.text().contains("like A friend") && !s.text().contains(" i've"), s.text());
            }
        }
    }

    @Test
    void a_hard_story_line_without_a_listed_hard_word_is_answered_in_its_own_words_on_every_rotation() {
        List<String> wrong = new ArrayList<>();
        String[][] lines = {{"bereavement", "she rang me the night before. the friday. and i didn't pick up. i'll regret"
                + " that forever"}, {"caregiver-burnout", "Last week she asked Keith who's that woman in the kitchen, and"
                + " part of me thought, well, if she doesn't even know me, what am I doing all this for"},
                {"advanced-burden", "Can I be honest? It's not really the illness. It's what the illness is doing to"
                + " them. Sorry"}};
        for (String[] line : lines) {
            for (long seed = 0; seed < 6; seed++) {
                for (Suggestion s : after(line[0], line[1], ClientMove.DISCLOSE, EmotionCategory.NEUTRAL, seed).items()) {
                    if (s.kind() != SuggestionKind.MI && Sentences.longestSharedRun(s.text(), line[1]) < 3) {
                        wrong.add(line[0] + " seed " + seed + ": " + s);
                    }
                    if (s.text().contains("not really the illness")) {
                        wrong.add(line[0] + " says back what she set aside: " + s);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void a_guarded_line_gets_an_open_gentle_reply_not_a_validation_of_struggle() {
        List<String> wrong = new ArrayList<>();
        for (long seed = 0; seed < 6; seed++) {
            for (Suggestion s : after("advanced-night-shift", "work stuff. it's nights. it's fine", ClientMove.DEFLECT,
                    EmotionCategory.NEUTRAL, seed).items()) {
                if (s.text().matches("(?i).*(struggle|a lot to carry|sounds (hard|difficult|heavy)|painful).*")) {
                    wrong.add("seed " + seed + ": " + s);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void the_feeling_said_back_never_doubles_the_template_s_own_words() {
        List<String> wrong = new ArrayList<>();
        for (EmotionCategory category : EmotionCategory.values()) {
            for (long seed = 0; seed < 6; seed++) {
                for (ClientMove move : List.of(ClientMove.ELABORATE, ClientMove.DISCLOSE, ClientMove.DEFLECT)) {
                    for (boolean heard : List.of(false, true)) {
                        for (Suggestion s : after("exam-stress", "i keep opening the textbook and reading the same page",
                                move, category, seed, heard).items()) {
                            if (TWICE_A_LOT.matcher(s.text()).find() || s.text().matches(".*like a lot to (carry|deal with).*")) {
                                wrong.add(category + " " + move + ": " + s.text());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
