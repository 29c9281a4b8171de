package org.practicum.core.scenario;

import java.util.List;
import org.practicum.core.cue.CueKind;

/** A distress cue the client voices indirectly, and what they say when asked about it directly. */
public record Cue(CueKind kind, List<Line> lines, List<Line> whenAsked) {
    public Cue {
        lines = List.copyOf(lines);
        whenAsked = List.copyOf(whenAsked);
    }
}
