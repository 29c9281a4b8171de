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
 *
 * <p>{@link #highRisk} is the stricter reading behind the missed-cue flag: a reply is only faulted for
 * moving past a cue an expert would see, so a nearest exemplar must be clearly close and clearly ahead of
 * the nearest ordinary line, and the quote is the clause that carries the cue, so a reply is judged on
 * whether it took up those words rather than the rest of the message. Anxiety counts here only when it
 * is severe (days without sleep or food, panic in the body), substance use only when it is the way of
 * coping (drinking to sleep, a bottle a night), when it comes from the exemplars; the other kinds (anger acted
 * out, drinking more, not answering the phone, lying awake) count when the rules find them in so many words,
 * because an expert faults a reply that steps past them with small talk.
 */
public final class HybridDistressCueDetector implements DistressCueDetector {

    /**
     * Cosine and lead over the nearest ordinary line a nearest exemplar needs for {@link #highRisk}; chosen
     * on training/feedback/own-cases.jsonl and the feedback development cases (recall of expert-flagged
     * cues first, then the fewest cue flags on good replies).
     */
    static final double RISK_SIMILARITY = 0.62;
    static final double RISK_LEAD = 0.05;

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

    @Override
    public List<DistressCue> highRisk(String clientText) {
        if (clientText == null || clientText.isBlank()) {
            return List.of();
        }
        Map<CueKind, String> found = new EnumMap<>(CueKind.class);
        for (String sentence : Phrases.sentences(clientText)) {
            for (CueKind kind : CueLexicon.ownKindsIn(sentence)) {
                if (kind.isHighRisk() && !(kind == CueKind.MOOD_CHANGE && CueLexicon.reportedChange(sentence))) {
                    found.putIfAbsent(kind, clauseWith(kind, sentence));
                }
            }
            if (CueLexicon.severeAnxiety(sentence)) {
                found.putIfAbsent(CueKind.ANXIETY, clauseWith(CueKind.ANXIETY, sentence));
            }
            if (CueLexicon.severeSubstance(sentence)) {
                found.putIfAbsent(CueKind.SUBSTANCE, clauseWith(CueKind.SUBSTANCE, sentence));
            }
            Match m = nearest(embedder.embed(sentence), exemplars, -1);
            if (m.kind() != null && m.kind().isHighRisk() && m.cue() >= RISK_SIMILARITY
                    && m.cue() - m.ordinary() >= RISK_LEAD) {
                found.putIfAbsent(m.kind(), sentence);
            }
        }
        Map<CueKind, String> acts = new EnumMap<>(CueKind.class);
        for (String sentence : Phrases.sentences(clientText)) {
            for (CueKind kind : CueLexicon.actsIn(sentence)) {
                if (!found.containsKey(kind)) {
                    acts.putIfAbsent(kind, Phrases.clauses(sentence).stream()
                            .filter(c -> CueLexicon.actsIn(c).contains(kind)).findFirst().orElse(sentence));
                }
            }
        }
        List<DistressCue> cues = new ArrayList<>();
        found.forEach((kind, quote) -> cues.add(new DistressCue(kind, quote)));
        acts.forEach((kind, quote) -> cues.add(new DistressCue(kind, quote, true)));
        return cues;
    }

    private static String clauseWith(CueKind kind, String sentence) {
        return Phrases.clauses(sentence).stream()
                .filter(c -> kind == CueKind.ANXIETY ? CueLexicon.severeAnxiety(c)
                        : kind == CueKind.SUBSTANCE ? CueLexicon.severeSubstance(c) : CueLexicon.kindsIn(c).contains(kind))
                .findFirst().orElse(sentence);
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
        Match m = nearest(vector, exemplars, skip);
        boolean cue = m.cue() >= exemplars.similarityThreshold() && m.cue() + exemplars.margin() >= m.ordinary();
        return cue ? Optional.of(m.kind()) : Optional.empty();
    }

    /** The nearest cue exemplar's kind and cosine, and the nearest ordinary line's cosine. */
    private record Match(CueKind kind, double cue, double ordinary) {
    }

    private static Match nearest(float[] vector, CueExemplars exemplars, int skip) {
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
        return new Match(bestKind, bestCue, bestOrdinary);
    }
}
