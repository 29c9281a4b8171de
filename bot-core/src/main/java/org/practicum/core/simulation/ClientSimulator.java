package org.practicum.core.simulation;

/**
 * Gives the simulated client a voice: words the message for a directive the engine has taken.
 * Thread-safe. Implementations never describe methods or means of self-harm.
 */
public interface ClientSimulator {

    /** The message for this directive, with the emotion it expresses. */
    Utterance speak(ClientDirective directive, SpeechContext context);
}
