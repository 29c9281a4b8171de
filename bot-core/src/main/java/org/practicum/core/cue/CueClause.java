package org.practicum.core.cue;

import java.util.Comparator;
import java.util.function.Predicate;
import org.practicum.core.text.Clauses;
import org.practicum.core.text.Sentences;

/**
 * The words of a message that carry a cue, whole: the first clause that carries it on its own (long
 * enough to read), else its sentence. Quoting the whole message, or the clause a feeling word happens
 * to be in, points the trainee at the wrong words ("I miss them" for "I've stopped replying").
 */
public final class CueClause {

    /** A clause shorter than this ("panic") is quoted with its sentence. */
    private static final int MIN_WORDS = 3;

    private CueClause() {
    }

    /**
     * The clause of {@code text} that {@code carries} the cue; the whole text when only the sentences together
     * do; the longest sentence when the words carry it only by its author's tag (the one with most to say).
     */
    public static String in(String text, Predicate<String> carries) {
        for (String sentence : Sentences.split(text)) {
            if (carries.test(sentence)) {
                for (String clause : Clauses.of(sentence)) {
                    if (clause.split("\\s+").length >= MIN_WORDS && carries.test(clause)) {
                        return trimmed(clause);
                    }
                }
                return trimmed(sentence);
            }
        }
        if (carries.test(text)) {
            return trimmed(text);
        }
        return trimmed(Sentences.split(text).stream().max(Comparator.comparingInt(String::length)).orElse(text));
    }

    private static String trimmed(String words) {
        return words.strip().replaceAll("[.,;:]+$", "");
    }
}
