package org.practicum.core.platform;

import org.practicum.core.config.Secrets;
import org.practicum.core.config.Settings;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.programme.Programme;
import org.practicum.core.report.Debriefs;
import org.practicum.core.session.PracticeEngine;

/**
 * What the launcher hands an adapter: the engine and the debriefs of its sessions, settings,
 * credentials, the emoji map, and the training programme (cohorts, review, reports, personal data);
 * {@code programme} is null where an adapter runs practice only.
 */
public record PlatformContext(PracticeEngine engine, Debriefs debriefs, Settings settings, Secrets secrets,
                              EmojiMap emoji, Programme programme) {

    public PlatformContext(PracticeEngine engine, Debriefs debriefs, Settings settings, Secrets secrets,
                           EmojiMap emoji) {
        this(engine, debriefs, settings, secrets, emoji, null);
    }
}
