package org.practicum.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs mrkdwn into pieces no longer than a Block Kit section's text (at most {@value #SECTION_LIMIT}
 * characters), and pieces into messages (at most {@value #BLOCKS_PER_MESSAGE} blocks), so that nothing
 * is lost. Entries (a heading, one flag) stay whole when they fit; otherwise they are cut between lines,
 * and a line longer than a section between words, outside any *bold*, _italic_, ~strike~, `code` or
 * &lt;link&gt;, so a cut never changes how the text reads.
 */
final class SectionSplitter {

    static final int SECTION_LIMIT = 3000;
    static final int BLOCKS_PER_MESSAGE = 50;

    private SectionSplitter() {
    }

    /** The entries, in order, as section texts; an entry starting with a line break keeps it as a gap. */
    static List<String> sections(List<String> entries, int limit) {
        Pieces pieces = new Pieces(limit);
        for (String entry : entries) {
            if (entry.length() <= limit) {
                pieces.add(entry, "\n");
                continue;
            }
            for (String line : entry.split("\n", -1)) {
                if (line.length() <= limit) {
                    pieces.add(line, "\n");
                    continue;
                }
                String separator = "\n";
                for (String chunk : cutLine(line, limit)) {
                    pieces.add(chunk, separator);
                    separator = " ";
                }
            }
        }
        return pieces.done();
    }

    /** Consecutive runs of at most {@code perMessage} items: the blocks of each message. */
    static <T> List<List<T>> messages(List<T> blocks, int perMessage) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < blocks.size(); from += perMessage) {
            out.add(List.copyOf(blocks.subList(from, Math.min(blocks.size(), from + perMessage))));
        }
        return out;
    }

    /** Cuts one line at spaces outside formatting; a word longer than the limit alone is cut inside. */
    static List<String> cutLine(String line, int limit) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static int cutPoint(String text, int limit) {
        boolean[] inside = formatted(text, limit + 1);
        int anySpace = -1;
        for (int i = limit; i > 0; i--) {
            if (text.charAt(i) != ' ') {
                continue;
            }
            if (!inside[i]) {
                return i;
            }
            anySpace = anySpace < 0 ? i : anySpace;
        }
        if (anySpace > 0) {
            return anySpace; // unbalanced markers (a lone "*" someone typed): any space will do
        }
        // A surrogate pair must not be torn in two.
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** For each of the first {@code length} characters, whether it lies inside a formatting span. */
    private static boolean[] formatted(String text, int length) {
        boolean[] inside = new boolean[length];
        char open = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (open == '<') {
                inside[i] = true;
                open = c == '>' ? 0 : open;
            } else if (open != 0) {
                inside[i] = true;
                if (c == open && !Character.isWhitespace(text.charAt(i - 1))) {
                    open = 0;
                }
            } else if (c == '<' || isMarker(c) && opens(text, i)) {
                open = c;
                inside[i] = true;
            }
        }
        return inside;
    }

    private static boolean isMarker(char c) {
        return c == '*' || c == '_' || c == '~' || c == '`';
    }

    /** Slack reads a marker as opening only at the start of a word, followed by text. */
    private static boolean opens(String text, int i) {
        boolean startOfWord = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                || "([{“\"'".indexOf(text.charAt(i - 1)) >= 0;
        return startOfWord && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** Section texts being filled, one after another. */
    private static final class Pieces {
        private final int limit;
        private final List<String> done = new ArrayList<>();
        private StringBuilder current = new StringBuilder();

        Pieces(int limit) {
            this.limit = limit;
        }

        void add(String text, String separator) {
            if (current.length() > 0 && current.length() + separator.length() + text.length() <= limit) {
                current.append(separator).append(text);
                return;
            }
            flush();
            // A gap before a heading means nothing at the top of a section; an indent still does.
            current.append(text.replaceFirst("^\n+", ""));
        }

        List<String> done() {
            flush();
            return List.copyOf(done);
        }

        private void flush() {
            if (!current.toString().isBlank()) {
                done.add(current.toString());
            }
            current = new StringBuilder();
        }
    }
}
