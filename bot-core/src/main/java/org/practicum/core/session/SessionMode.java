package org.practicum.core.session;

/**
 * PRIVATE: one trainee practises alone. GROUP: a facilitator's session where enrolled trainees take
 * turns with one client while others observe. The turn rule is {@link TurnRule}.
 */
public enum SessionMode { PRIVATE, GROUP }
