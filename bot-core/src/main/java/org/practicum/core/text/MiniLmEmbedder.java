package org.practicum.core.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (quantised), run in-process from the model inside the LangChain4j jar. Authored
 * lines are embedded again and again, so results are cached by text.
 */
public final class MiniLmEmbedder implements Embedder {

    private final EmbeddingModel model;
    private final Cache<String, float[]> cache = Caffeine.newBuilder().maximumSize(20_000).build();

    public MiniLmEmbedder() {
        // A reply of several sentences is embedded sentence by sentence; one daemon thread per core
        // lets embedAll run them side by side instead of one after another.
        int cores = Runtime.getRuntime().availableProcessors();
        Executor pool = Executors.newFixedThreadPool(cores, runnable -> {
            Thread t = new Thread(runnable, "embedding");
            t.setDaemon(true);
            return t;
        });
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
    }

    @Override
    public float[] embed(String text) {
        return cache.get(text, t -> model.embed(t).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> cache.getIfPresent(t) == null).distinct().toList();
        if (!missing.isEmpty()) {
            List<TextSegment> segments = missing.stream().map(TextSegment::from).toList();
            var embeddings = model.embedAll(segments).content();
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), embeddings.get(i).vector());
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embed(t));
        }
        return out;
    }
}
