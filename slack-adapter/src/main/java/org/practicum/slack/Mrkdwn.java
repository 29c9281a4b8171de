package org.practicum.slack;

import org.practicum.core.markup.Markup;

/** Slack's text conventions: the three escaped characters, user mentions, bold and code blocks. */
final class Mrkdwn {

    /** The core's wordings marked up as mrkdwn: Slack bolds with single asterisks, not Markdown's two. */
    static final Markup MARKUP = new Markup(text -> "*" + text + "*", Mrkdwn::escape,
            lines -> "```" + lines + "```");

    private Mrkdwn() {
    }

    /** Escapes text for Slack so it is shown as written (Slack reads &amp;, &lt; and &gt; as markup). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** What a person typed, as Slack delivers it escaped, back to plain text for the engine. */
    static String plain(String slackText) {
        return slackText == null ? "" : slackText.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static String mention(String userId) {
        return "<@" + userId + ">";
    }

    static String quote(String text) {
        return "> " + escape(text).replace("\n", "\n> ");
    }
}
