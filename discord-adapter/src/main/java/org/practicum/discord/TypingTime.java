package org.practicum.discord;

import java.time.Duration;

/**
 * How long the client "types" before its reply appears, with Discord's typing indicator showing: as long
 * as its message takes to type at {@code charsPerSecond}, at most {@code max}, less the time the reply
 * already took to produce. A reply that comes at once reads as a machine's, and the indicator only
 * flashes. {@code charsPerSecond} 0: no wait (tests, and anyone who prefers it).
 */
record TypingTime(int charsPerSecond, Duration max) {

    /** Discord shows the indicator for about 10 s after one typing call; the wait must end within it. */
    static final Duration INDICATOR = Duration.ofSeconds(9);

    TypingTime {
        if (charsPerSecond < 0) {
            throw new IllegalArgumentException("charsPerSecond must not be negative, was " + charsPerSecond);
        }
        if (max.isNegative() || max.compareTo(INDICATOR) > 0) {
            throw new IllegalArgumentException("max must be between 0 and " + INDICATOR.toMillis() + " ms, was " + max);
        }
    }

    /** The wait still due before a message of {@code message}'s length, {@code spent} after the trainee wrote. */
    Duration remaining(String message, Duration spent) {
        if (charsPerSecond == 0) {
            return Duration.ZERO;
        }
        Duration typing = Duration.ofMillis(message.length() * 1000L / charsPerSecond);
        Duration left = (typing.compareTo(max) > 0 ? max : typing).minus(spent);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
