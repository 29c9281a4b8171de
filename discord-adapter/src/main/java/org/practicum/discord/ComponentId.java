package org.practicum.discord;

import java.util.Optional;

/**
 * What a button does and for which session, encoded in its custom id so that a button keeps working
 * after the bot restarts (the engine reloads the session from storage). Ids look like
 * {@code prc:sg:s-abc123:4}; Discord allows 100 characters.
 *
 * @param turn the client message's turn for suggestions, 0 otherwise
 */
record ComponentId(Action action, String sessionId, int turn) {

    enum Action {
        /** "💡 Suggestions" under a client message. */
        SUGGESTIONS("sg"),
        /** "📋 My feedback" under the debrief. */
        FEEDBACK("fb"),
        /** "🙋 Join" on a group session's scenario card. */
        JOIN("jn");

        private final String code;

        Action(String code) {
            this.code = code;
        }
    }

    private static final String PREFIX = "prc";

    ComponentId {
        if (sessionId == null || sessionId.isBlank() || sessionId.contains(":")) {
            throw new IllegalArgumentException("bad session id: " + sessionId);
        }
    }

    static ComponentId suggestions(String sessionId, int turn) {
        return new ComponentId(Action.SUGGESTIONS, sessionId, turn);
    }

    static ComponentId feedback(String sessionId) {
        return new ComponentId(Action.FEEDBACK, sessionId, 0);
    }

    static ComponentId join(String sessionId) {
        return new ComponentId(Action.JOIN, sessionId, 0);
    }

    String encode() {
        String id = PREFIX + ":" + action.code + ":" + sessionId + ":" + turn;
        if (id.length() > 100) {
            throw new IllegalStateException("component id longer than Discord allows: " + id);
        }
        return id;
    }

    /** Empty for ids that are not ours (another bot's component, or a format we no longer read). */
    static Optional<ComponentId> parse(String id) {
        String[] parts = id.split(":");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return Optional.empty();
        }
        for (Action action : Action.values()) {
            if (action.code.equals(parts[1])) {
                try {
                    return Optional.of(new ComponentId(action, parts[2], Integer.parseInt(parts[3])));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
