package org.practicum.core.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.practicum.core.suggestion.SuggestionContext;
import org.practicum.core.suggestion.SuggestionEngine;
import org.practicum.core.suggestion.Suggestions;

/**
 * Suggestions held back until the test lets them go, as a slow model's would be: to see what a
 * platform shows before the coaching exists. The opening's are never held. A hold that outlasts
 * {@value #HOLD_SECONDS} s gives up, so a platform that waits for the coaching before the line fails
 * its test instead of hanging it.
 */
public final class HeldSuggestions implements SuggestionEngine {

    static final long HOLD_SECONDS = 10;

    private final SuggestionEngine suggestions;
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean gaveUp;

    public HeldSuggestions(SuggestionEngine suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public Suggestions suggest(SuggestionContext context) {
        if (context.turn() > 0) {
            try {
                gaveUp |= !released.await(HOLD_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                gaveUp = true;
            }
        }
        return suggestions.suggest(context);
    }

    /** Lets every held and later call through. */
    public void release() {
        released.countDown();
    }

    /** Whether a call stopped waiting before {@link #release} came. */
    public boolean gaveUp() {
        return gaveUp;
    }
}
