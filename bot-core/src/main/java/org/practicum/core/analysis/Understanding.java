package org.practicum.core.analysis;

import java.util.List;
import org.practicum.core.scenario.RiskQuestion;

/**
 * What a trainee's message asks or says, and about what: the client answers this.
 *
 * @param topics        the topics it is about, the one named first first (built-in or the scenario's)
 * @param people        ids of the scenario's people it asks or talks about
 * @param risk          which direct risk question it asks, else null
 * @param adviceTopics  the topics of its advice, for a rebuttal about that advice
 * @param reflectionFits for a reflection: whether it matches what the client has said (else a correction is due)
 */
public record Understanding(Intent intent, List<String> topics, List<String> people, RiskQuestion risk,
                            List<String> adviceTopics, boolean reflectionFits) {

    public static final Understanding NOTHING = new Understanding(Intent.OTHER, List.of(), List.of(), null, List.of(),
            true);

    public Understanding {
        topics = topics == null ? List.of() : List.copyOf(topics);
        people = people == null ? List.of() : List.copyOf(people);
        adviceTopics = adviceTopics == null ? List.of() : List.copyOf(adviceTopics);
        intent = intent == null ? Intent.OTHER : intent;
    }

    public boolean isAbout(String topic) {
        return topics.contains(topic);
    }
}
