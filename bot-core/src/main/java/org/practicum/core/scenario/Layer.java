package org.practicum.core.scenario;

import java.util.List;
import org.practicum.core.emotion.EmotionCategory;

/**
 * One layer of the client's story. It comes out only once trust reaches {@code trust}; the core
 * layer is the concern the premature-advice rule waits for.
 */
public record Layer(String id, double trust, boolean core, EmotionCategory emotion, String feeling, String gist,
                    List<Line> disclose, List<Line> elaborate, List<Cue> cues) {
    public Layer {
        disclose = List.copyOf(disclose);
        elaborate = List.copyOf(elaborate);
        cues = List.copyOf(cues);
    }
}
