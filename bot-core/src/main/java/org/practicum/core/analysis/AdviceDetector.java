package org.practicum.core.analysis;

/**
 * Scores how likely a sentence gives advice or a suggestion (what to do), in [0, 1]. The
 * premature-advice flag compares the score with a threshold from config. Thread-safe.
 */
public interface AdviceDetector {
    double adviceScore(String sentence);
}
