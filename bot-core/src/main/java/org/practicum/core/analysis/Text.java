package org.practicum.core.analysis;

import java.util.Locale;

/** Trainee and client text as the surface rules read it: lower case, straight apostrophes. */
final class Text {

    private Text() {
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
