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

    /** The same flag with {@code example} as the words to try instead (a reply to the same client message). */
    public Flag tryingInstead(String example) {
        return new Flag(kind, quote, why, BetterAlternatives.withExample(kind, example));
    }
}
