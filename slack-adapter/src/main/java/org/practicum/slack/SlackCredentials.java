package org.practicum.slack;

import org.practicum.core.config.Secrets;

/** The Slack secrets, from the environment only. {@link #toString()} never shows them. */
public record SlackCredentials(String botToken, String appToken, String signingSecret) {

    public static SlackCredentials from(Secrets secrets) {
        return new SlackCredentials(secrets.get(Secrets.SLACK_BOT_TOKEN).orElse(null),
                secrets.get(Secrets.SLACK_APP_TOKEN).orElse(null),
                secrets.get(Secrets.SLACK_SIGNING_SECRET).orElse(null));
    }

    /** Fails naming the missing environment variables when the mode cannot run without them. */
    void requireFor(SlackSettings.Mode mode) {
        require(botToken, Secrets.SLACK_BOT_TOKEN, mode);
        if (mode == SlackSettings.Mode.SOCKET) {
            require(appToken, Secrets.SLACK_APP_TOKEN, mode);
        } else {
            require(signingSecret, Secrets.SLACK_SIGNING_SECRET, mode);
        }
    }

    private static void require(String value, String name, SlackSettings.Mode mode) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Slack in " + mode.name().toLowerCase(java.util.Locale.ROOT)
                    + " mode needs the environment variable " + name);
        }
    }

    @Override
    public String toString() {
        return "SlackCredentials[bot token " + (botToken == null ? "unset" : "set") + ", app token "
                + (appToken == null ? "unset" : "set") + ", signing secret " + (signingSecret == null ? "unset" : "set")
                + "]";
    }
}
