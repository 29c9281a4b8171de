package org.practicum.app.eval;

import java.util.List;
import java.util.Set;

/**
 * One expert-judged case for {@code eval feedback}: a conversation ending with a client message, the
 * trainee reply under test, and the exact set of flag ids an expert raises (empty for a good reply).
 *
 * @param line the case's line in its file
 */
record FeedbackCase(String id, List<Turn> history, String reply, Set<String> expect, int line) {
    FeedbackCase {
        history = List.copyOf(history);
        expect = Set.copyOf(expect);
    }

    /** A message of the history; {@code client} false is the trainee. */
    record Turn(boolean client, String text) {
    }
}
