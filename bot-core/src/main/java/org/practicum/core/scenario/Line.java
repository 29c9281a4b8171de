package org.practicum.core.scenario;

import java.util.Objects;
import java.util.Set;
import org.practicum.core.emotion.EmotionCategory;

/**
 * One authored client line, the emotion it expresses, and what the story needs to know of it: the
 * topics it is about, the people it refers to and introduces, the fact it tells (other tellings of
 * the same fact are then not said), when a closing fits, and the trust a risk answer needs.
 *
 * @param topics      topic ids, the author's and those its words show
 * @param refers      ids of the people it mentions or is about
 * @param introduces  ids of the people it introduces ("my dad"): it may be said before they are known
 * @param fact        key shared by other tellings of the same fact, else null
 * @param condition   when a closing line fits how the conversation went, else null (any)
 * @param trust       trust the line needs (risk answers), else 0
 * @param notACue     the author says it reads as a cue but is not one
 * @param sourceLine  its line in the scenario file, for the validator's reports (0 when unknown)
 */
public record Line(String text, EmotionCategory emotion, Set<String> topics, Set<String> refers,
                   Set<String> introduces, String fact, ClosingCondition condition, double trust, boolean notACue,
                   int sourceLine) {
    public Line {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(emotion, "emotion");
        topics = Set.copyOf(topics);
        refers = Set.copyOf(refers);
        introduces = Set.copyOf(introduces);
    }

    /** A line with nothing known of it but its words and emotion. */
    public Line(String text, EmotionCategory emotion) {
        this(text, emotion, Set.of(), Set.of(), Set.of(), null, null, 0, false, 0);
    }

    public boolean isAbout(String topic) {
        return topics.contains(topic);
    }

    /** Everyone it mentions is known by now, or it introduces them itself. */
    public boolean peopleKnown(Set<String> introduced) {
        return refers.stream().allMatch(p -> introduced.contains(p) || introduces.contains(p));
    }
}
