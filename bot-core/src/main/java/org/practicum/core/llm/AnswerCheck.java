package org.practicum.core.llm;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicum.core.scenario.BuiltInTopics;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.scenario.Topic;
import org.practicum.core.simulation.ClientDirective;
import org.practicum.core.text.Sentences;

/**
 * Whether a model's client reply answers what the engine decided this turn answers: a risk question
 * gets words about risk (a yes, a no, the thoughts themselves), a question about a topic gets words of
 * that topic or of the lines offered for it. A model that drifts to the next part of the story instead
 * is what made the offline client fail trainees; the model gets one retry, then the offline line.
 */
final class AnswerCheck {

    private static final Pattern ABOUT_RISK = Pattern.compile("\\b(no|not|nope|never|yes|yeah|yep|sometimes|maybe"
            + "|thought|thoughts|think|thinking|die|dying|dead|death|end|ending|kill|suicid\\w*|hurt|harm|safe"
            + "|plan|here|wake|waking|alive|live|living|gone|disappear|honestly|don't|dont|wouldn't|wouldnt)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int STEM = 5;

    private AnswerCheck() {
    }

    /** What the reply fails to answer, or empty when it answers (or nothing in particular was asked). */
    static Optional<String> problem(String message, ClientDirective directive, Scenario scenario) {
        if (directive.risk() != null) {
            return ABOUT_RISK.matcher(message).find() ? Optional.empty()
                    : Optional.of("it did not answer the direct question about suicide or self-harm");
        }
        if (directive.topic() == null) {
            return Optional.empty();
        }
        Set<String> topicWords = topicWords(directive, scenario);
        boolean onTopic = Sentences.contentWords(message).stream().map(AnswerCheck::stem).anyMatch(topicWords::contains);
        return onTopic ? Optional.empty() : Optional.of("it did not answer what was asked about ("
                + directive.topic() + ")");
    }

    private static Set<String> topicWords(ClientDirective directive, Scenario scenario) {
        StringBuilder text = new StringBuilder();
        for (Line line : directive.candidates()) {
            text.append(line.text()).append(' ');
        }
        Topic topic = scenario.topics().get(directive.topic());
        if (topic != null) {
            text.append(String.join(" ", topic.words())).append(' ');
        }
        if (BuiltInTopics.isBuiltIn(directive.topic())) {
            BuiltInTopics.Words words = BuiltInTopics.words(directive.topic());
            text.append(String.join(" ", words.said())).append(' ').append(String.join(" ", words.asked()));
        }
        Set<String> out = new HashSet<>();
        Sentences.contentWords(text.toString()).forEach(w -> out.add(stem(w)));
        return out;
    }

    /** The start of a word, so "sleeping" meets "sleep" and "worried" meets "worry". */
    private static String stem(String word) {
        return word.substring(0, Math.min(STEM, word.length()));
    }
}
