package org.practicum.app.classify;

import java.util.Objects;

/** A text with its gold label and, where the source has one, what the other person said just before. */
record LabelledText(String label, String text, String context) {
    LabelledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        context = context == null ? "" : context;
    }
}
