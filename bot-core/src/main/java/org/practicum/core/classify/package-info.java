/**
 * Offline classifiers: a shared sentence embedding (all-MiniLM-L6-v2) followed by small linear
 * heads, plus rules where rules are more dependable (distress cues). The heads are trained by the
 * app's {@code train} command and shipped under {@code models/}; see {@code training/README.md}
 * for what each head was trained on.
 *
 * <p>Entry point: {@link org.practicum.core.classify.Classifiers#loadDefault()}.
 */
package org.practicum.core.classify;
