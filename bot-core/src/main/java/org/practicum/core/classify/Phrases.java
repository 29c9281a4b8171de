package org.practicum.core.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the cheap features and the cue rules. */
final class Phrases {

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9']+");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\n+");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*[,;:]\\s+|\\s+[—–-]+\\s+|\\s+(?:and|but|so)\\s+");

    private Phrases() {}

    /** A sentence's clauses, split at commas, dashes and "and / but / so", so a quote can be the words that carry a cue. */
    static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        for (String c : CLAUSE_BREAK.split(sentence.strip())) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    /** Sentences split after . ! ? … or at line breaks, trimmed, empty ones dropped. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Lowercase, curly apostrophes straightened, whitespace collapsed. */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("\\s+", " ").strip();
    }

    static String[] tokens(String normalised) {
        return TOKEN.matcher(normalised).results().map(m -> m.group()).toArray(String[]::new);
    }

    /** A case-insensitive pattern matching any of the phrases as whole words. */
    static Pattern anyOf(String... phrases) {
        StringBuilder sb = new StringBuilder("\\b(?:");
        for (int i = 0; i < phrases.length; i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(phrases[i]);
        }
        return Pattern.compile(sb.append(")\\b").toString());
    }
}
