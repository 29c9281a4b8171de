package org.practicum.slack;

/**
 * A click on one of Practicum's buttons.
 *
 * @param sessionId the button's value: the session id, or blank for a card button
 * @param messageTs the ts of the message the button sits on (the card, for card buttons)
 */
record ButtonPress(String userId, String channel, String messageTs, String sessionId) {
    ButtonPress {
        sessionId = sessionId == null ? "" : sessionId;
    }
}
