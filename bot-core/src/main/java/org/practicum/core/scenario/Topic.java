package org.practicum.core.scenario;

import java.util.List;

/**
 * Something a trainee may ask about: the words that show it (in a trainee's question or a client's
 * line), and what the client says when asked before it is ready to talk about it.
 */
public record Topic(String id, List<String> words, List<Line> deflect) {
    public Topic {
        words = List.copyOf(words);
        deflect = List.copyOf(deflect);
    }
}
