package org.practicum.core.simulation;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.scenario.Line;
import org.practicum.core.text.Embedder;
import org.practicum.core.text.Sentences;

/**
 * The offline voice: speaks an authored line for the directive, the unspoken one most relevant to
 * what the trainee just said, with a little per-session variety so two runs differ.
 */
public final class ScriptedClientSimulator implements ClientSimulator {

    /** How much variety competes with relevance; relevance (cosine) mostly spans 0..0.6. */
    private static final double VARIETY = 0.12;

    private final Embedder embedder;

    /** @param embedder optional (null): without it, relevance is word overlap */
    public ScriptedClientSimulator(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public Utterance speak(ClientDirective directive, SpeechContext context) {
        List<Line> candidates = directive.candidates();
        if (candidates.isEmpty()) {
            throw new IllegalStateException("no line for " + directive.move() + " in " + context.scenario().id());
        }
        Line chosen = mostRelevant(candidates, query(context), context);
        if (directive.preface() != null) {
            List<Line> prefaces = prefaces(directive, context);
            if (!prefaces.isEmpty()) {
                Line first = prefaces.get(new SplittableRandom(context.seed() + context.turn()).nextInt(prefaces.size()));
                return Utterance.of(joined(first.text(), chosen.text()), chosen.emotion());
            }
        }
        return Utterance.of(chosen.text(), chosen.emotion());
    }

    /**
     * The confirmations (or corrections) not said yet; once all have been said, any but the one in the
     * client's last message, so a late reflection is still confirmed and never twice running in the same words.
     */
    private static List<Line> prefaces(ClientDirective directive, SpeechContext context) {
        List<Line> all = context.scenario().reaction(directive.preface());
        List<Line> fresh = all.stream().filter(l -> !context.state().usedLines().contains(l.text())).toList();
        if (!fresh.isEmpty()) {
            return fresh;
        }
        String last = context.transcript().stream()
                .filter(e -> e.speaker() == TranscriptEntry.Speaker.CLIENT).reduce((a, b) -> b)
                .map(TranscriptEntry::text).orElse("");
        return all.stream().filter(l -> !last.contains(l.text())).toList();
    }

    /** Two lines as one message, with a full stop between them unless the first ends a sentence already. */
    private static String joined(String first, String second) {
        String end = first.strip();
        return end.matches(".*[.!?…]$") ? end + " " + second : end + ". " + second;
    }

    /**
     * What the line should be relevant to: the trainee's words, or, when they carry no content of their
     * own ("what do you mean?"), what the client said last.
     */
    private static String query(SpeechContext context) {
        String trainee = context.traineeText();
        if (!Sentences.contentWords(trainee).isEmpty() || context.transcript().isEmpty()) {
            return trainee;
        }
        return context.transcript().get(context.transcript().size() - 1).text() + " " + trainee;
    }

    private Line mostRelevant(List<Line> candidates, String trainee, SpeechContext context) {
        SplittableRandom random = new SplittableRandom(context.seed() * 31 + context.turn());
        float[] query = embedder != null && !trainee.isBlank() ? meaningOf(trainee) : null;
        Line best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        String said = bare(trainee);
        for (Line line : candidates) {
            // "anyway" to "Anyway, what are you up to this weekend?" reads as an echo, not a reaction: any other line first.
            if (candidates.size() > 1 && !bare(line.text()).isBlank() && said.contains(bare(line.text()))) {
                continue;
            }
            double relevance = trainee.isBlank() ? 0
                    : query != null ? Embedder.cosine(query, embedder.embed(line.text()))
                    : Sentences.wordOverlap(trainee, line.text());
            double score = relevance + VARIETY * random.nextDouble();
            if (score > bestScore) {
                bestScore = score;
                best = line;
            }
        }
        return best != null ? best : candidates.get(0);
    }

    private static String bare(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}' ]+", " ").replaceAll("\\s+", " ").strip() + " ";
    }

    /** The mean of the reply's sentence embeddings: the analysis has already embedded each sentence. */
    private float[] meaningOf(String text) {
        List<float[]> vectors = embedder.embedAll(Sentences.split(text));
        float[] mean = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += v[i];
            }
        }
        double norm = 0;
        for (float x : mean) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < mean.length; i++) {
            mean[i] *= scale;
        }
        return mean;
    }
}
