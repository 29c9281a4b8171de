package org.practicum.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Sentence splitting and word helpers for chat text (no capitals, few full stops, many emoji). */
public final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…])\\s+|\\n+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Set<String> STOPWORDS = Set.of("the", "and", "that", "this", "with", "have", "just",
            "like", "what", "when", "your", "you're", "about", "it's", "i'm", "i've", "there", "they", "them",
            "their", "then", "than", "from", "been", "were", "would", "could", "should", "really", "know",
            "feel", "feeling", "think", "because", "some", "into", "more", "much", "very", "even", "also",
            "sounds", "seems", "dont", "don't", "can't", "cant", "going", "something", "thing", "things");

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String part : BOUNDARY.split(text.strip())) {
            String s = part.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Words worth matching on: four letters or more and not a stopword. */
    public static Set<String> contentWords(String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : words(text)) {
            if (w.length() >= 4 && !STOPWORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Dice overlap of the two texts' word sets, in [0, 1]. */
    public static double wordOverlap(String a, String b) {
        Set<String> wa = Set.copyOf(words(a));
        Set<String> wb = Set.copyOf(words(b));
        if (wa.isEmpty() && wb.isEmpty()) {
            return 1;
        }
        long shared = wa.stream().filter(wb::contains).count();
        return 2.0 * shared / (wa.size() + wb.size());
    }

    /** The length, in words, of the longest run of consecutive words the two texts share. */
    public static int longestSharedRun(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        int best = 0;
        int[] previous = new int[wb.size() + 1];
        for (String word : wa) {
            int[] current = new int[wb.size() + 1];
            for (int j = 0; j < wb.size(); j++) {
                if (word.equals(wb.get(j))) {
                    current[j + 1] = previous[j] + 1;
                    best = Math.max(best, current[j + 1]);
                }
            }
            previous = current;
        }
        return best;
    }
}
