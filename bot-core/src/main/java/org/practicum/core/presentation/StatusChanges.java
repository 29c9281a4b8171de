package org.practicum.core.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reaction calls that move the client's status (its emotion and trend as reactions) onto one
 * message: the bot's reactions elsewhere come down first (the newest first), then what differs on that
 * message changes, and the wanted ones go up in their order, an emoji already there staying where it is.
 * Discord makes them one at a time against the newest wanted state; Slack makes them all.
 */
public final class StatusChanges {

    /** One call: add or remove the bot's {@code emoji} on {@code message}. */
    public record Change(boolean add, String message, String emoji) {
    }

    private StatusChanges() {
    }

    /**
     * @param shown  the bot's reactions as far as known, message → emojis in the order they went up
     * @param target the message that is to show the status
     * @param wanted the status, in order
     */
    public static List<Change> toShow(Map<String, List<String>> shown, String target, List<String> wanted) {
        List<Change> out = new ArrayList<>();
        shown.forEach((message, emojis) -> {
            if (!message.equals(target)) {
                for (int i = emojis.size() - 1; i >= 0; i--) {
                    out.add(new Change(false, message, emojis.get(i)));
                }
            }
        });
        List<String> current = shown.getOrDefault(target, List.of());
        current.stream().filter(e -> !wanted.contains(e)).forEach(e -> out.add(new Change(false, target, e)));
        wanted.stream().filter(e -> !current.contains(e)).forEach(e -> out.add(new Change(true, target, e)));
        return out;
    }
}
