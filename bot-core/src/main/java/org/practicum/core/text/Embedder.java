package org.practicum.core.text;

import java.util.ArrayList;
import java.util.List;

/** Turns text into a unit-length vector for similarity. Thread-safe. */
public interface Embedder {

    float[] embed(String text);

    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embed(t));
        }
        return out;
    }

    /** Cosine similarity of two unit vectors (their dot product). */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
