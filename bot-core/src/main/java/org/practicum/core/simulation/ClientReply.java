package org.practicum.core.simulation;

import java.util.List;
import java.util.Objects;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.Trend;

/**
 * One client message as the trainee sees it, with the emotion it carries and any distress cue in
 * it (the missed-cue rule checks the trainee's next reply against these).
 */
public record ClientReply(String text, Emotion emotion, Trend trend, ClientMove move, String layerId,
                          List<DistressCue> cues, boolean wantsToEnd) {
    public ClientReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(emotion, "emotion");
        Objects.requireNonNull(trend, "trend");
        cues = List.copyOf(cues);
    }
}
