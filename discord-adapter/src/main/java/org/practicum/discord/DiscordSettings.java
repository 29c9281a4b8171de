package org.practicum.discord;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.practicum.core.config.Settings;

/**
 * The {@code discord:} section of application.yaml.
 *
 * @param guildId            where slash commands are registered instantly (development); empty: globally
 * @param restBaseUrl        JDA's REST base, e.g. a rate-limit proxy; ends with a slash
 * @param gatewayUrl         the gateway JDA connects to
 * @param facilitatorRole    a role whose members may start group sessions (besides Manage Threads)
 * @param facilitatorChannel a channel id for crisis alerts; empty: no alerts
 * @param reactionInterval   the pause between two reaction calls in one thread
 * @param threadArchive      after how long without messages a practice thread is archived
 */
record DiscordSettings(Optional<String> guildId, String restBaseUrl, String gatewayUrl, String facilitatorRole,
                       Optional<String> facilitatorChannel, Duration reactionInterval, int threadArchiveMinutes) {

    /** The environment variable that picks a development guild, as in the README. */
    static final String GUILD_ENV = "DISCORD_GUILD_ID";

    static DiscordSettings from(Settings settings, Map<String, String> env) {
        Optional<String> guild = Optional.ofNullable(env.get(GUILD_ENV)).map(String::strip).filter(s -> !s.isEmpty())
                .or(() -> settings.optionalString("discord.guild-id"));
        guild.ifPresent(id -> requireSnowflake(settings, "discord.guild-id", id));
        Optional<String> alerts = settings.optionalString("discord.facilitator-channel");
        alerts.ifPresent(id -> requireSnowflake(settings, "discord.facilitator-channel", id));
        String rest = settings.string("discord.rest-base-url").strip();
        if (!rest.startsWith("http://") && !rest.startsWith("https://")) {
            throw settings.invalid("discord.rest-base-url", "must be an http(s) URL");
        }
        String gateway = settings.string("discord.gateway-url").strip();
        if (!gateway.startsWith("ws://") && !gateway.startsWith("wss://")) {
            throw settings.invalid("discord.gateway-url", "must be a ws(s) URL");
        }
        int interval = settings.integer("discord.reaction-interval-ms");
        if (interval < 0) {
            throw settings.invalid("discord.reaction-interval-ms", "must not be negative");
        }
        int archive = settings.integer("discord.thread-archive-minutes");
        if (archive != 60 && archive != 1440 && archive != 4320 && archive != 10080) {
            throw settings.invalid("discord.thread-archive-minutes", "must be 60, 1440, 4320 or 10080");
        }
        return new DiscordSettings(guild, rest.endsWith("/") ? rest : rest + "/", gateway,
                settings.string("discord.facilitator-role").strip(), alerts, Duration.ofMillis(interval), archive);
    }

    private static void requireSnowflake(Settings settings, String path, String value) {
        if (!value.matches("\\d{1,20}")) {
            throw settings.invalid(path, "must be a numeric Discord id, was '" + value + "'");
        }
    }
}
