package org.practicum.core.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.practicum.core.scenario.Layer;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;

/**
 * Which authored lines the story allows now: not yet said, everyone they mention already introduced
 * (or introduced by the line itself), and no other telling of their fact said. Disclosure before
 * elaboration follows from the layers: a layer's lines are open only once it is out.
 */
final class StoryLines {

    private StoryLines() {
    }

    static List<Line> sayable(List<Line> lines, ClientState s) {
        List<Line> out = new ArrayList<>();
        for (Line line : lines) {
            if (!s.usedLines().contains(line.text()) && line.peopleKnown(s.introduced())
                    && (line.fact() == null || !s.usedFacts().contains(line.fact()))) {
                out.add(line);
            }
        }
        return out;
    }

    static List<Line> about(String topic, List<Line> lines) {
        return topic == null ? lines : lines.stream().filter(l -> l.isAbout(topic)).toList();
    }

    /** Everything of layer {@code index} once it is out: its disclose and elaborate lines. */
    static List<Line> ofLayer(Scenario scenario, int index) {
        Layer layer = scenario.layer(index);
        List<Line> all = new ArrayList<>(layer.elaborate());
        all.addAll(layer.disclose());
        return all;
    }

    /** The sayable lines of the layers that are out, deepest first. */
    static List<Line> open(Scenario scenario, ClientState s) {
        List<Line> all = new ArrayList<>();
        for (int i = Math.min(s.disclosedLayers(), scenario.layers().size()) - 1; i >= 0; i--) {
            all.addAll(ofLayer(scenario, i));
        }
        return sayable(all, s);
    }

    /**
     * The {@code open} lines that introduce someone the {@code wanted} lines need and nobody has
     * introduced yet: what must be said before those can be.
     */
    static List<Line> introducing(List<Line> wanted, List<Line> open, ClientState s) {
        Set<String> needed = new HashSet<>();
        wanted.forEach(l -> needed.addAll(l.refers()));
        needed.removeAll(s.introduced());
        return open.stream().filter(l -> l.introduces().stream().anyMatch(needed::contains)).toList();
    }

    /** How many lines of layer {@code index} have been said. */
    static long saidOfLayer(Scenario scenario, int index, ClientState s) {
        return ofLayer(scenario, index).stream().filter(l -> s.usedLines().contains(l.text())).count();
    }

    /** The layer a line belongs to, or -1 for lines outside the layers. */
    static int layerOf(Scenario scenario, Line line) {
        for (int i = 0; i < scenario.layers().size(); i++) {
            if (ofLayer(scenario, i).contains(line)) {
                return i;
            }
        }
        return -1;
    }
}
