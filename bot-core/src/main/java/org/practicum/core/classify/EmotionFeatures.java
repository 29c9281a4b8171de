package org.practicum.core.classify;

import java.util.Objects;
import org.practicum.core.text.Embedder;

/**
 * The input of the emotion head: the text's embedding followed by its hashed words and word pairs.
 * Training and classification both go through this class, so the two cannot drift apart.
 */
public final class EmotionFeatures {

    /** Buckets for hashed words; 4096 keeps collisions rare for chat-length texts and the head small. */
    public static final int WORD_BUCKETS = 4096;

    private final Embedder embedder;

    public EmotionFeatures(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    public float[] vector(String text) {
        return vector(text, embedder.embed(text));
    }

    /** For callers that already hold the text's embedding (bulk training). */
    public static float[] vector(String text, float[] embedding) {
        float[] out = new float[embedding.length + WORD_BUCKETS];
        System.arraycopy(embedding, 0, out, 0, embedding.length);
        WordHashes.addTo(out, embedding.length, WORD_BUCKETS, text);
        return out;
    }
}
