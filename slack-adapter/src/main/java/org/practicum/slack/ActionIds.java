package org.practicum.slack;

/** The action ids of Practicum's buttons and menus; a button's value is the session id when it has one. */
final class ActionIds {
    static final String RETRY = "practicum_retry";
    static final String END = "practicum_end";
    static final String JOIN = "practicum_join";
    static final String RESUME = "practicum_resume";
    static final String PICK_SCENARIO = "practicum_pick_scenario";

    private ActionIds() {
    }
}
