package org.practicum.core.platform;

import org.practicum.core.config.Secrets;
import org.practicum.core.config.Settings;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.session.PracticeEngine;

/** What the launcher hands an adapter: the engine, settings, credentials and the emoji map. */
public record PlatformContext(PracticeEngine engine, Settings settings, Secrets secrets, EmojiMap emoji) {
}
