package org.practicum.core.session;

/** ACTIVE takes turns; PAUSED waits after a real-crisis message; ENDED has its debrief. */
public enum SessionStatus { ACTIVE, PAUSED, ENDED }
