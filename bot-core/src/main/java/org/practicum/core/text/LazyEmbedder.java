package org.practicum.core.text;

import java.util.List;
import java.util.function.Supplier;

/** Loads the real embedder on first use, so commands that never embed never pay for the model. */
public final class LazyEmbedder implements Embedder {

    private final Lazy<Embedder> delegate;

    public LazyEmbedder(Supplier<Embedder> factory) {
        this.delegate = Lazy.of(factory);
    }

    private Embedder delegate() {
        return delegate.get();
    }

    @Override
    public float[] embed(String text) {
        return delegate().embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return delegate().embedAll(texts);
    }
}
