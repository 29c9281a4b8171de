package org.practicum.core.analysis;

import java.util.Optional;

/** Reads the fault, if any, that a trainee sentence makes after the client's last message. */
public interface MoveDetector {

    /** The surest move whose score clears its threshold, or empty when the sentence reads as fine. */
    Optional<Move> in(String sentence, String clientMessage);
}
