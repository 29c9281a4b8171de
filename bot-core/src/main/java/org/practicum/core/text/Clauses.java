package org.practicum.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The clauses of chat text: each sentence cut at commas, dashes, semicolons and joining words. */
public final class Clauses {

    private static final Pattern BREAK = Pattern.compile(",? (?:and|but|so|because|cos|coz) |; |, | - | — ");

    private Clauses() {
    }

    /** The clauses of one sentence, in order, trimmed, empty ones dropped. */
    public static List<String> of(String sentence) {
        List<String> out = new ArrayList<>();
        for (String part : BREAK.split(sentence)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
