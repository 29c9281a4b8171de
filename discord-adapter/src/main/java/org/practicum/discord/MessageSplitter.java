package org.practicum.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into pieces Discord accepts (at most {@value #LIMIT} characters each), preferring a
 * paragraph break, then a line break, then a sentence end, then a space; a word is cut only when it
 * alone is longer than the limit. Nothing is lost: the pieces joined by their break give the text back.
 */
final class MessageSplitter {

    static final int LIMIT = 2000;

    private MessageSplitter() {
    }

    static List<String> split(String text) {
        return split(text, LIMIT);
    }

    static List<String> split(String text, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            String piece = rest.substring(0, cut).stripTrailing();
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static int cutPoint(String text, int limit) {
        String window = text.substring(0, limit + 1);
        int paragraph = window.lastIndexOf("\n\n");
        if (paragraph > limit / 2) {
            return paragraph;
        }
        int line = window.lastIndexOf('\n');
        if (line > limit / 2) {
            return line;
        }
        int sentence = Math.max(window.lastIndexOf(". "), Math.max(window.lastIndexOf("! "), window.lastIndexOf("? ")));
        if (sentence > limit / 2) {
            return sentence + 1;
        }
        int space = window.lastIndexOf(' ');
        if (space > 0) {
            return space;
        }
        // A surrogate pair must not be torn in two.
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
