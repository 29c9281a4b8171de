package org.practicum.core.cue;

import java.util.Objects;

/**
 * A distress cue found in client text, with the words that carry it.
 *
 * @param watchOut a sign that is not high risk in itself, told as what the client does ("a few cans most
 *                 nights"): any reflection takes it up, and a reply faulted otherwise has its fault named there
 */
public record DistressCue(CueKind kind, String quote, boolean watchOut) {
    public DistressCue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quote, "quote");
    }

    public DistressCue(CueKind kind, String quote) {
        this(kind, quote, false);
    }
}
