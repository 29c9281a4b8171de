package org.practicum.core.privacy;

import java.util.function.Supplier;

/**
 * Runs work against the stores so that their writes in it, made on the calling thread, are kept
 * together or not at all. Forget-me runs in one: a failure part-way erases nothing, rather than part of
 * a person with the rest still there. Thread-safe: each unit belongs to the thread that runs it.
 */
public interface AllOrNothing {

    /** Runs {@code work} and returns its result; if it throws, none of its writes are kept and it passes on. */
    <T> T run(Supplier<T> work);
}
