package org.practicum.core.platform;

import org.practicum.core.config.Secrets;
import org.practicum.core.config.Settings;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.programme.Programme;
import org.practicum.core.session.PracticeEngine;

/**
 * What the launcher hands an adapter: the engine, settings, credentials, the emoji map, and the
 * training programme (cohorts, review, reports, personal data); {@code programme} is null where an
 * adapter runs practice only.
 */
public record PlatformContext(PracticeEngine engine, Settings settings, Secrets secrets, EmojiMap emoji,
                              Programme programme) {

    public PlatformContext(PracticeEngine engine, Settings settings, Secrets secrets, EmojiMap emoji) {
        this(engine, settings, secrets, emoji, null);
    }
}
