package org.practicum.core.classify;

import java.util.Objects;
import org.practicum.core.text.Embedder;

/**
 * The input of the move head: the trainee sentence's embedding, the client message's, and their
 * element-wise product, so a linear head can weigh what the reply does against what it answers
 * ("you're not a burden!" is a fault only after "i feel like a burden"). Both vectors come from the
 * embedder's cache when the skill classifier has already read them.
 */
public final class MoveFeatures {

    private final Embedder embedder;

    public MoveFeatures(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    public float[] vector(String sentence, String clientMessage) {
        float[] reply = embedder.embed(sentence.isBlank() ? "." : sentence.strip());
        float[] client = embedder.embed(clientMessage == null || clientMessage.isBlank() ? "." : clientMessage.strip());
        int d = reply.length;
        float[] out = new float[3 * d];
        System.arraycopy(reply, 0, out, 0, d);
        System.arraycopy(client, 0, out, d, d);
        for (int i = 0; i < d; i++) {
            out[2 * d + i] = reply[i] * client[i];
        }
        return out;
    }
}
