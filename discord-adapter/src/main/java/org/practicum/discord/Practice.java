package org.practicum.discord;

import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.report.Debriefs;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.Session;

/** What every handler shares: the engine, its debriefs, the emoji map, the poster and who is a facilitator. */
record Practice(PracticeEngine engine, Debriefs debriefs, EmojiMap emoji, ThreadPoster poster, Access access, DiscordSettings settings,
                org.practicum.core.programme.Programme programme) {

    static final String PLATFORM = "discord";

    /** The client's first name, as shown before their messages. */
    String clientName(Session session) {
        return engine.scenarios().find(session.scenarioId()).map(s -> s.persona().firstName()).orElse("Client");
    }
}
