package org.practicum.core.classify;

/**
 * Words and word pairs hashed into a fixed number of buckets (the "hashing trick"). Sentence
 * embeddings blur single emotional words ("gross", "terrified", "wow") that decide a label, so the
 * emotion head sees those words directly too. The hash is written out here rather than taken from
 * {@link String#hashCode()} so that shipped weights stay valid whatever the JVM.
 */
final class WordHashes {

    private WordHashes() {}

    /** Adds 1/√(number of terms) per term to {@code out[offset + bucket]}, so long texts do not dominate. */
    static void addTo(float[] out, int offset, int buckets, String text) {
        String[] tokens = Phrases.tokens(Phrases.normalise(text));
        int terms = tokens.length * 2 - 1;
        if (tokens.length == 0) {
            return;
        }
        float weight = (float) (1 / Math.sqrt(terms));
        for (int i = 0; i < tokens.length; i++) {
            out[offset + bucket(tokens[i], buckets)] += weight;
            if (i > 0) {
                out[offset + bucket(tokens[i - 1] + " " + tokens[i], buckets)] += weight;
            }
        }
    }

    /** FNV-1a over the UTF-16 units, reduced to a bucket. */
    static int bucket(String term, int buckets) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return Math.floorMod(h, buckets);
    }
}
