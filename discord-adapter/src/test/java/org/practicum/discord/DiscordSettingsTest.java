package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicum.core.config.ConfigException;
import org.practicum.core.config.Settings;

class DiscordSettingsTest {

    @Test
    void by_default_there_is_no_sharding() {
        DiscordSettings.Shards shards = shards("", "");

        assertFalse(shards.sharded());
        assertEquals(List.of(0), shards.ids());
        assertEquals(DiscordSettings.Shards.NONE, shards("1", ""));
        assertEquals(DiscordSettings.Shards.NONE, shards("0", ""));
    }

    @Test
    void an_empty_range_means_every_shard_of_the_total() {
        DiscordSettings.Shards shards = shards("4", "");

        assertTrue(shards.sharded());
        assertEquals(List.of(0, 1, 2, 3), shards.ids());
    }

    @Test
    void a_range_or_a_single_shard_picks_those_shards() {
        assertEquals(List.of(2, 3), shards("4", "2-3").ids());
        assertEquals(List.of(2, 3), shards("4", " 2 - 3 ").ids());
        assertEquals(List.of(1), shards("4", "1").ids());
        assertEquals(new DiscordSettings.Shards(16, 0, 7), shards("16", "0-7"));
    }

    @Test
    void a_guild_belongs_to_the_shard_discord_sends_it_on() {
        // (id >> 22) % total, Discord's formula
        assertEquals((int) ((Long.parseLong(FakeDiscord.GUILD) >> 22) % 5), shards("5", "").of(FakeDiscord.GUILD));
        assertEquals(0, shards("2", "").of(FakeDiscord.GUILD));
    }

    @Test
    void invalid_shard_settings_are_refused_with_a_clear_message() {
        assertProblem("-1", "", "discord.shard-total must not be negative");
        assertProblem("two", "", "discord.shard-total should be a whole number");
        assertProblem("4", "4", "outside the 4 shards of discord.shard-total (0-3)");
        assertProblem("4", "2-5", "outside the 4 shards of discord.shard-total (0-3)");
        assertProblem("4", "3-1", "the first shard must not be after the last");
        assertProblem("4", "0,1", "must be a shard range like 0-3");
        assertProblem("4", "-1", "must be a shard range like 0-3");
        assertProblem("0", "0-1", "but discord.shard-total is 0 (no sharding)");
        assertProblem("1", "0", "but discord.shard-total is 1 (no sharding)");
    }

    private static void assertProblem(String total, String range, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> shards(total, range));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static DiscordSettings.Shards shards(String total, String range) {
        Settings settings = Settings.load(TestEngine.CONFIG.resolve("application.yaml"),
                Map.of("PRACTICUM_DISCORD_SHARD_TOTAL", total.isEmpty() ? "0" : total,
                        "PRACTICUM_DISCORD_SHARDS", range));
        return DiscordSettings.shards(settings);
    }
}
