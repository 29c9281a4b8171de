package org.practicum.core.presentation;

import java.util.List;
import org.practicum.core.analysis.Flag;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.suggestion.Suggestion;
import org.practicum.core.suggestion.Suggestions;

/**
 * The trainee's private coaching after a client message, in the order they read it: feedback on their
 * last reply, how the client seems, a warning when the message holds a distress cue, and ideas for
 * the next reply. Only ever shown to the person who replied.
 *
 * @param watchOut empty when there is nothing to watch out for
 */
public record Coaching(List<FlagNote> lastReply, ClientMood mood, String watchOut, List<Suggestion> ideas) {

    public static final String LAST_REPLY = "Feedback on your last reply";
    public static final String MOOD = "How they seem:";
    public static final String WATCH_OUT = "Watch out:";
    public static final String IDEAS = "Ideas for your next reply";
    public static final String IDEAS_NOTE = "Use one, change it, or write your own.";

    public Coaching {
        lastReply = List.copyOf(lastReply);
        ideas = List.copyOf(ideas);
    }

    /** The coaching on {@code client}'s message after a reply that raised {@code flags}. */
    public static Coaching of(String clientName, ClientReply client, List<Flag> flags, Suggestions suggestions) {
        return new Coaching(flags.stream().map(FlagNote::onLastReply).toList(),
                ClientMood.of(clientName, client.emotion(), client.trend()),
                suggestions == null ? "" : suggestions.watchOut(),
                suggestions == null ? List.of() : suggestions.items());
    }

    public boolean hasWatchOut() {
        return !watchOut.isEmpty();
    }

    /** The coaching in one line, for a notification: "1 note on your last reply. Maya seems sad. Ideas…" */
    public String summary() {
        String notes = lastReply.isEmpty() ? ""
                : Plural.of(lastReply.size(), "note", "notes") + " on your last reply. ";
        return notes + mood.sentence() + (ideas.isEmpty() ? "" : " " + IDEAS + ", for you alone.");
    }
}
