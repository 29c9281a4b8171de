package org.practicum.discord;

import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.practicum.core.config.Settings;
import org.practicum.core.presentation.PublicDebrief;

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
 * @param shards             the gateway shards this instance connects
 * @param typing             how long the client types before its reply appears
 * @param publicDebrief      what the thread is shown when a session ends (the top-level debrief.public)
 */
record DiscordSettings(Optional<String> guildId, String restBaseUrl, String gatewayUrl, String facilitatorRole,
                       Optional<String> facilitatorChannel, Duration reactionInterval, int threadArchiveMinutes,
                       Shards shards, TypingTime typing, PublicDebrief publicDebrief) {

    /**
     * The shards {@code first..last} (inclusive) of {@code total}. A total of 1 is no sharding: one
     * connection that identifies without a shard and receives every guild.
     */
    record Shards(int total, int first, int last) {

        static final Shards NONE = new Shards(1, 0, 0);

        boolean sharded() {
            return total > 1;
        }

        boolean contains(int shard) {
            return shard >= first && shard <= last;
        }

        List<Integer> ids() {
            return IntStream.rangeClosed(first, last).boxed().toList();
        }

        /** The shard Discord sends a guild's events on: (guild id >> 22) % total. */
        int of(String guildId) {
            return (int) Long.remainderUnsigned(Long.parseUnsignedLong(guildId) >>> 22, total);
        }

        @Override
        public String toString() {
            return sharded() ? "shards " + first + "-" + last + " of " + total : "unsharded";
        }
    }

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
                settings.string("discord.facilitator-role").strip(), alerts, Duration.ofMillis(interval), archive,
                shards(settings), typing(settings), PublicDebrief.from(settings));
    }

    static TypingTime typing(Settings settings) {
        int speed = settings.integer("discord.typing-chars-per-second");
        if (speed < 0) {
            throw settings.invalid("discord.typing-chars-per-second", "must not be negative (0: no typing time)");
        }
        int max = settings.integer("discord.typing-max-ms");
        if (max < 0 || max > TypingTime.INDICATOR.toMillis()) {
            throw settings.invalid("discord.typing-max-ms", "must be between 0 and " + TypingTime.INDICATOR.toMillis()
                    + " (Discord shows the typing indicator for about 10 seconds)");
        }
        return new TypingTime(speed, Duration.ofMillis(max));
    }

    private static final Pattern RANGE = Pattern.compile("(\\d{1,5})(?:\\s*-\\s*(\\d{1,5}))?");

    static Shards shards(Settings settings) {
        int total = settings.integer("discord.shard-total");
        if (total < 0) {
            throw settings.invalid("discord.shard-total", "must not be negative (0 or 1: no sharding)");
        }
        Optional<String> range = settings.optionalString("discord.shards");
        if (total <= 1) {
            if (range.isPresent()) {
                throw settings.invalid("discord.shards", "is '" + range.get() + "', but discord.shard-total is "
                        + total + " (no sharding); set discord.shard-total to the bot's shard count, 2 or more");
            }
            return Shards.NONE;
        }
        if (range.isEmpty()) {
            return new Shards(total, 0, total - 1);
        }
        Matcher m = RANGE.matcher(range.get());
        if (!m.matches()) {
            throw settings.invalid("discord.shards", "must be a shard range like 0-3 (or one shard, like 2), was '"
                    + range.get() + "'");
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        if (first > last) {
            throw settings.invalid("discord.shards", "is '" + range.get() + "': the first shard must not be after "
                    + "the last");
        }
        if (last >= total) {
            throw settings.invalid("discord.shards", "is '" + range.get() + "', outside the " + total
                    + " shards of discord.shard-total (0-" + (total - 1) + ")");
        }
        return new Shards(total, first, last);
    }

    private static void requireSnowflake(Settings settings, String path, String value) {
        if (!value.matches("\\d{1,20}")) {
            throw settings.invalid(path, "must be a numeric Discord id, was '" + value + "'");
        }
    }
}
