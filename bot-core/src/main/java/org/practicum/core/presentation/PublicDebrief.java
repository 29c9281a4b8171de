package org.practicum.core.presentation;

import java.util.Locale;
import org.practicum.core.config.Settings;

/**
 * What a chat platform posts in a session's thread when the session ends ({@value #SETTING}), for
 * everyone who can read the thread. People's words are never posted there either way; each member's
 * detailed feedback always goes to them alone.
 */
public enum PublicDebrief {

    /** The {@link DebriefSummary} (the trainee's figures: trust, notes count …) and the chart, in the thread. */
    SUMMARY,
    /** Only that the session ended, in the thread; the figures and the chart go to each trainee privately. */
    MINIMAL;

    public static final String SETTING = "debrief.public";
    /** What the thread is told, and the ended session's card on Slack. */
    public static final String ENDED = "This session has ended.";

    /** The {@value #SETTING} setting. */
    public static PublicDebrief from(Settings settings) {
        String value = settings.string(SETTING).strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "summary" -> SUMMARY;
            case "minimal" -> MINIMAL;
            default -> throw settings.invalid(SETTING, "must be 'summary' or 'minimal', was '" + value + "'");
        };
    }
}
