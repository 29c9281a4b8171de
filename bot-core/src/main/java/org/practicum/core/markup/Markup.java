package org.practicum.core.markup;

/**
 * How a platform marks up the text Practicum words once for all of them: what is bold, what keeps its
 * columns, and how people's own words are escaped so they show as written. Implementations are
 * stateless and thread-safe.
 */
public interface Markup {

    /** {@code text} shown bold. */
    String bold(String text);

    /** What someone wrote, so that the platform shows it as written rather than as markup. */
    String escape(String text);

    /** Lines shown in a fixed-width font as they are, so columns stay aligned. */
    String preformatted(String lines);

    /** No markup at all: the terminal, exported files, tests reading the words. */
    Markup PLAIN = new Markup() {
        @Override
        public String bold(String text) {
            return text;
        }

        @Override
        public String escape(String text) {
            return text;
        }

        @Override
        public String preformatted(String lines) {
            return lines;
        }
    };
}
