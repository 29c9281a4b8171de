package org.practicum.core.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.cue.DistressCueDetector;
import org.practicum.core.text.Embedder;

/**
 * Rules ({@link CueLexicon}) plus nearest authored exemplars ({@link CueExemplars}). Each sentence is
 * checked on its own, because a cue is often one short clause after a long ordinary one and would be
 * diluted in the message's embedding; the whole message is checked too, for cues spread over
 * several short lines. At most one cue per kind, quoting the first sentence that carries it.
 */
public final class HybridDistressCueDetector implements DistressCueDetector {

    private final Embedder embedder;
    private final CueExemplars exemplars;

    public HybridDistressCueDetector(Embedder embedder, CueExemplars exemplars) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.exemplars = Objects.requireNonNull(exemplars, "exemplars");
    }

    @Override
    public List<DistressCue> detect(String clientText) {
        if (clientText == null || clientText.isBlank()) {
            return List.of();
        }
        Map<CueKind, String> found = new EnumMap<>(CueKind.class);
        List<String> sentences = Phrases.sentences(clientText);
        for (String sentence : sentences) {
            for (CueKind kind : CueLexicon.kindsIn(sentence)) {
                found.putIfAbsent(kind, sentence);
            }
            nearestCue(sentence).ifPresent(kind -> found.putIfAbsent(kind, sentence));
        }
        if (sentences.size() > 1) {
            String whole = clientText.strip();
            nearestCue(whole).ifPresent(kind -> found.putIfAbsent(kind, whole));
        }
        List<DistressCue> cues = new ArrayList<>();
        found.forEach((kind, quote) -> cues.add(new DistressCue(kind, quote)));
        return cues;
    }

    /** The kind of the nearest cue exemplar, if it is near enough and not clearly beaten by an ordinary line. */
    Optional<CueKind> nearestCue(String text) {
        return nearestCue(embedder.embed(text), exemplars, -1);
    }

    /**
     * Shared with cross-validation in training; {@code skip} leaves one exemplar out (or -1 for none)
     * so a line is never matched against itself.
     */
    public static Optional<CueKind> nearestCue(float[] vector, CueExemplars exemplars, int skip) {
        double bestCue = -1;
        double bestOrdinary = -1;
        CueKind bestKind = null;
        List<CueExemplars.Exemplar> all = exemplars.exemplars();
        for (int i = 0; i < all.size(); i++) {
            if (i == skip) {
                continue;
            }
            CueExemplars.Exemplar e = all.get(i);
            double sim = Embedder.cosine(vector, e.vector());
            if (e.kind() == null) {
                bestOrdinary = Math.max(bestOrdinary, sim);
            } else if (sim > bestCue) {
                bestCue = sim;
                bestKind = e.kind();
            }
        }
        boolean cue = bestCue >= exemplars.similarityThreshold() && bestCue + exemplars.margin() >= bestOrdinary;
        return cue ? Optional.of(bestKind) : Optional.empty();
    }
}
