package org.practicum.core.cue;

import java.util.Objects;

/** A distress cue found in client text, with the words that carry it. */
public record DistressCue(CueKind kind, String quote) {
    public DistressCue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quote, "quote");
    }
}
