package org.practicum.slack;

/**
 * A click on one of Practicum's buttons.
 *
 * @param sessionId the button's value: the session id, or blank for a card button
 * @param messageTs the ts of the message the button sits on (the card, for card buttons)
 * @param action    the button's action id ({@link ActionIds})
 * @param eventKey  what the inbox knows the click by: Slack's time of the action, and who clicked
 */
record ButtonPress(String userId, String channel, String messageTs, String sessionId, String action, String eventKey) {
    ButtonPress {
        sessionId = sessionId == null ? "" : sessionId;
    }
}
