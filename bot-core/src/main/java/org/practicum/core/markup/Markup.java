package org.practicum.core.markup;

import java.util.function.UnaryOperator;

/**
 * How a platform marks up the text Practicum words once for all of them: what is bold, what keeps its
 * columns, and how people's own words are escaped so they show as written. The functions must be
 * stateless, so a markup is thread-safe.
 *
 * @param bolder       text to bold text
 * @param escaper      what someone wrote to text the platform shows as written rather than as markup
 * @param preformatter lines to lines shown in a fixed-width font as they are, so columns stay aligned
 */
public record Markup(UnaryOperator<String> bolder, UnaryOperator<String> escaper,
                     UnaryOperator<String> preformatter) {

    /** No markup at all: the terminal, exported files, tests reading the words. */
    public static final Markup PLAIN = new Markup(UnaryOperator.identity(), UnaryOperator.identity(),
            UnaryOperator.identity());

    public String bold(String text) {
        return bolder.apply(text);
    }

    public String escape(String text) {
        return escaper.apply(text);
    }

    public String preformatted(String lines) {
        return preformatter.apply(lines);
    }
}
