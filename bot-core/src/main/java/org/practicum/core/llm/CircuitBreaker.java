package org.practicum.core.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a failing model: after {@code threshold} failures in a row it opens for
 * {@code openFor}; then one trial call is let through, and its outcome closes or reopens it.
 * Thread-safe.
 */
final class CircuitBreaker {

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int failures;
    private Instant openUntil = Instant.MIN;
    private boolean trialInFlight;

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Whether a call may go out now. */
    synchronized boolean allow() {
        if (failures < threshold) {
            return true;
        }
        if (clock.instant().isBefore(openUntil) || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    synchronized void success() {
        failures = 0;
        trialInFlight = false;
    }

    synchronized void failure() {
        failures++;
        trialInFlight = false;
        if (failures >= threshold) {
            openUntil = clock.instant().plus(openFor);
        }
    }

    synchronized boolean open() {
        return failures >= threshold && clock.instant().isBefore(openUntil);
    }
}
