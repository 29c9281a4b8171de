package org.practicum.core.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whole-word, case-insensitive matching of a set of words and phrases ("sleep", "how long", "3am"),
 * so "bed" finds "in bed" but not "bedroom". Immutable and thread-safe.
 */
public final class PhraseSet {

    private static final PhraseSet EMPTY = new PhraseSet(List.of());

    private final List<String> phrases;
    private final Pattern pattern;

    private PhraseSet(List<String> phrases) {
        this.phrases = phrases;
        // Longest first, so "going out" wins over "out" where both are listed.
        String alternation = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        this.pattern = phrases.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    public static PhraseSet of(Collection<String> phrases) {
        List<String> clean = phrases.stream().map(PhraseSet::normalise).filter(p -> !p.isBlank()).distinct().toList();
        return clean.isEmpty() ? EMPTY : new PhraseSet(clean);
    }

    /** Whether any phrase occurs in {@code text}. */
    public boolean foundIn(String text) {
        return pattern != null && pattern.matcher(normalise(text)).find();
    }

    /** Where the first phrase occurs in {@code text}, or -1. */
    public int firstIndexIn(String text) {
        if (pattern == null) {
            return -1;
        }
        var m = pattern.matcher(normalise(text));
        return m.find() ? m.start() : -1;
    }

    public List<String> phrases() {
        return phrases;
    }

    /** Lower case, curly apostrophes straightened, runs of space as one. */
    public static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").strip();
    }
}
