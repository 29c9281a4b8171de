package org.practicum.core.cue;

import java.util.List;

/**
 * Finds distress cues in a client message. Tuned for recall: a missed cue is worse than a false
 * alarm. Thread-safe; returns an empty list when there is none.
 */
public interface DistressCueDetector {
    List<DistressCue> detect(String clientText);
}
