package org.practicum.core.analysis;

import java.util.Objects;

/**
 * One piece of feedback on a trainee reply: the trainee's own words, why it matters, and a better
 * alternative they could have written.
 */
public record Flag(FlagKind kind, String quote, String why, String better) {
    public Flag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(better, "better");
    }
}
