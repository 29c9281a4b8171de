package org.practicum.core.scenario;

import java.util.List;

/**
 * Someone the client talks about. A line containing one of {@code words} refers to them; one containing
 * an {@code intro} phrase introduces them, and until then no line that merely refers to them is said.
 *
 * @param who   who they are to the client, for trainers and the model
 * @param topic the topic that talk of them is also about (family, work…), else null
 */
public record Person(String id, String name, String who, List<String> words, List<String> intro, String topic) {
    public Person {
        words = List.copyOf(words);
        intro = List.copyOf(intro);
    }
}
