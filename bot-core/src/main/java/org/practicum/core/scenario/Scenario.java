package org.practicum.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A practice scenario: who the client is, the people and topics of their story, and every line the
 * offline client may say.
 *
 * @param people   everyone the client talks about
 * @param topics   the topics a trainee may ask about: the built-in ones with this scenario's words and
 *                 deflections added, and the scenario's own
 * @param risk     honest answers to each direct question about risk
 * @param vocabulary which topics and people a piece of text is about, in this story's words
 * @param file     the file it was read from, for the validator's reports
 */
public record Scenario(String id, String title, Difficulty difficulty, ClientStyle style, double initialTrust,
                       List<String> contentWarnings, Persona persona, String presentingProblem,
                       List<String> principles, List<Line> opening, List<Layer> layers,
                       Map<ReactionKind, List<Line>> reactions, List<Line> thanks, List<Line> leave,
                       List<Line> exhausted, List<Person> people, Map<String, Topic> topics,
                       Map<RiskQuestion, List<Line>> risk, StoryVocabulary vocabulary, String file) {

    public Scenario {
        Objects.requireNonNull(id, "id");
        contentWarnings = List.copyOf(contentWarnings);
        principles = List.copyOf(principles);
        opening = List.copyOf(opening);
        layers = List.copyOf(layers);
        reactions = Map.copyOf(reactions);
        thanks = List.copyOf(thanks);
        leave = List.copyOf(leave);
        exhausted = List.copyOf(exhausted);
        people = List.copyOf(people);
        topics = Map.copyOf(topics);
        risk = Map.copyOf(risk);
        Objects.requireNonNull(vocabulary, "vocabulary");
    }

    public Layer layer(int index) {
        return layers.get(index);
    }

    public int coreIndex() {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).core()) {
                return i;
            }
        }
        throw new IllegalStateException("scenario " + id + " has no core layer");
    }

    public List<Line> reaction(ReactionKind kind) {
        return reactions.getOrDefault(kind, List.of());
    }

    public List<Line> riskAnswers(RiskQuestion question) {
        return risk.getOrDefault(question, List.of());
    }

    public Optional<Person> person(String personId) {
        return people.stream().filter(p -> p.id().equals(personId)).findFirst();
    }

    /** The index of the layer with this id, or -1. */
    public int layerIndex(String layerId) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).id().equals(layerId)) {
                return i;
            }
        }
        return -1;
    }

    /** Every line in the file, in file order: what the validator and the cue check read. */
    public List<Line> allLines() {
        List<Line> all = new ArrayList<>(opening);
        for (Layer layer : layers) {
            all.addAll(layer.disclose());
            all.addAll(layer.elaborate());
            layer.cues().forEach(c -> {
                all.addAll(c.lines());
                all.addAll(c.whenAsked());
            });
        }
        reactions.values().forEach(all::addAll);
        topics.values().forEach(t -> all.addAll(t.deflect()));
        risk.values().forEach(all::addAll);
        Stream.of(thanks, leave, exhausted).forEach(all::addAll);
        all.sort((a, b) -> Integer.compare(a.sourceLine(), b.sourceLine()));
        return all;
    }
}
