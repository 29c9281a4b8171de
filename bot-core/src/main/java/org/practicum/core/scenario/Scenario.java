package org.practicum.core.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A practice scenario: who the client is and every line the offline client may say. */
public record Scenario(String id, String title, Difficulty difficulty, ClientStyle style, double initialTrust,
                       List<String> contentWarnings, Persona persona, String presentingProblem,
                       List<String> principles, List<Line> opening, List<Layer> layers,
                       Map<ReactionKind, List<Line>> reactions, List<Line> thanks, List<Line> leave) {

    public Scenario {
        Objects.requireNonNull(id, "id");
        contentWarnings = List.copyOf(contentWarnings);
        principles = List.copyOf(principles);
        opening = List.copyOf(opening);
        layers = List.copyOf(layers);
        reactions = Map.copyOf(reactions);
        thanks = List.copyOf(thanks);
        leave = List.copyOf(leave);
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
}
