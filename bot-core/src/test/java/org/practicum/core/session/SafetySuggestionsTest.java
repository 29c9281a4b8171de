package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practicum.core.suggestion.SuggestionKind;

/** After a yes, the suggestions follow the trainee's safety questions instead of offering one over and over. */
class SafetySuggestionsTest {

    /** A skilled trainee who asks about suicide, then how often, a plan, what keeps them going, who knows. */
    private static final List<String> SKILLED = List.of(
            "Hi Helen, I'm glad you came. What's been going on?",
            "It sounds like you've been feeling low for a while. What's it been like day to day?",
            "So you're at home a lot with the illness, and it's been wearing on you. What's the hardest part?",
            "It sounds like you feel you take more than you give, and that really weighs on you.",
            "When you say that, Helen, I want to ask you directly: are you having thoughts of ending your life?",
            "Thank you for telling me. That takes courage. How often do those thoughts come?",
            "Have you thought about how you might do it, or made any plans?",
            "What keeps you going when the thoughts come?",
            "Does anyone know how you've been feeling?");

    @RegisterExtension
    final EngineFixture fixture = EngineFixture.eachTest();

    @Test
    void no_safety_question_is_suggested_three_turns_running_while_the_trainee_asks_others() {
        // Lead's terminal play: "Are you safe right now? Is there someone who could be with you tonight?" five
        // turns running while the trainee asked how often, about a plan, what keeps her going and who knows.
        List<String> wrong = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            String id = fixture.start("advanced-burden", seed).sessionId();
            List<String> mi = new ArrayList<>();
            for (String line : SKILLED) {
                SessionUpdate update = fixture.engine.reply(id, line);
                if (update.suggestions() != null) {
                    mi.add(update.suggestions().of(SuggestionKind.MI).text());
                }
            }
            for (int i = 2; i < mi.size(); i++) {
                String question = lastSentence(mi.get(i));
                if (question.endsWith("?") && question.equals(lastSentence(mi.get(i - 1)))
                        && question.equals(lastSentence(mi.get(i - 2)))) {
                    wrong.add("seed " + seed + " reply " + (i + 1) + ": " + mi.get(i));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static String lastSentence(String text) {
        String[] parts = text.strip().split("(?<=[.!])\\s+");
        return parts[parts.length - 1];
    }
}
