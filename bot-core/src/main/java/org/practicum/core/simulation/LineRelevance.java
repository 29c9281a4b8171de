package org.practicum.core.simulation;

import org.practicum.core.scenario.Line;
import org.practicum.core.text.Embedder;
import org.practicum.core.text.Sentences;

/**
 * How relevant an authored line is to what the trainee just said: the client answers with the line
 * that fits the question best, among those the story allows. Thread-safe.
 */
@FunctionalInterface
public interface LineRelevance {

    /** A score, higher for a better fit; comparable only between lines for the same trainee text. */
    double of(String traineeText, Line line);

    /** Shared words, when there is no embedding model. */
    static LineRelevance sharedWords() {
        return (text, line) -> Sentences.wordOverlap(text, line.text());
    }

    /** Closeness in meaning: the cosine of the two sentence embeddings (the embedder caches the lines'). */
    static LineRelevance meaning(Embedder embedder) {
        return (text, line) -> text.isBlank() ? 0 : Embedder.cosine(embedder.embed(text), embedder.embed(line.text()));
    }
}
