package org.practicum.discord;

import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import org.practicum.core.markup.Markup;

/** The core's wordings marked up as Discord Markdown; people's words escaped so they show as written. */
final class DiscordMarkup {

    static final Markup MARKUP = new Markup(text -> "**" + text + "**", MarkdownSanitizer::escape,
            lines -> "```\n" + lines + "```");

    private DiscordMarkup() {
    }
}
