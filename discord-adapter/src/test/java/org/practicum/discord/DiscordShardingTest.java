package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real JDA against the loopback Discord with {@code discord.shard-total} and {@code discord.shards}: each
 * shard identifies with its own [shard, total], the guild's events arrive on its shard and reach the
 * sessions, and /practice is registered once however the shards are split.
 */
class DiscordShardingTest {

    static final FakeDiscord.Person TRAINEE = DiscordPracticeEndToEndTest.TRAINEE;
    static final String GUILD_COMMANDS = "applications/\\d+/guilds/" + FakeDiscord.GUILD + "/commands";

    @TempDir
    Path data;
    FakeDiscord discord;
    final List<TestEngine> engines = new ArrayList<>();
    final List<DiscordPlatform> bots = new ArrayList<>();

    @BeforeEach
    void startDiscord() throws Exception {
        discord = new FakeDiscord();
    }

    @AfterEach
    void stopAll() throws Exception {
        bots.forEach(DiscordPlatform::close);
        engines.forEach(TestEngine::close);
        discord.close();
    }

    @Test
    void one_instance_with_two_shards_identifies_each_with_its_shard_and_answers_on_the_guilds_shard()
            throws Exception {
        // when
        DiscordPlatform bot = start("one", "2", "");

        // then
        assertEquals(List.of(List.of(0, 2), List.of(1, 2)), discord.identifiedShards());
        assertEquals(List.of("0 2", "1 2"), bot.shards().stream().map(DiscordShardingTest::shardInfo).toList());
        assertEquals(1, discord.calls("PUT", GUILD_COMMANDS).size(), "registered once, not per shard");
        assertStartsASession();
    }

    @Test
    void two_instances_split_the_shards_and_only_the_guilds_shard_registers_the_commands() throws Exception {
        // when: the instance without the guild's shard starts first, and does not need the guild
        DiscordPlatform second = start("second", "2", "1-1");
        DiscordPlatform first = start("first", "2", "0");

        // then
        assertEquals(List.of(List.of(1, 2), List.of(0, 2)), discord.identifiedShards());
        assertEquals(List.of("1 2"), second.shards().stream().map(DiscordShardingTest::shardInfo).toList());
        assertEquals(List.of("0 2"), first.shards().stream().map(DiscordShardingTest::shardInfo).toList());
        assertEquals(1, discord.calls("PUT", GUILD_COMMANDS).size(), "registered by the guild's shard only");
        assertStartsASession();
    }

    @Test
    void without_shard_settings_one_connection_identifies_unsharded() throws Exception {
        // when
        DiscordPlatform bot = start("plain", "0", "");

        // then
        assertEquals(List.of(List.of(0, 1)), discord.identifiedShards());
        assertEquals(1, bot.shards().size());
        assertEquals(1, discord.calls("PUT", GUILD_COMMANDS).size());
    }

    private void assertStartsASession() throws InterruptedException {
        String command = discord.slashCommand(TRAINEE, FakeDiscord.CHANNEL, "start",
                Map.of("scenario", DiscordPracticeEndToEndTest.SCENARIO));
        discord.response(command);
        discord.await("POST", "channels/" + FakeDiscord.CHANNEL + "/threads", c -> true);
        String threadId = discord.onlyThread();
        List<FakeDiscord.Call> posts = discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 2);
        assertTrue(posts.get(0).body().path("content").asText().contains("This is practice"));
    }

    /** An instance on its own data directory with these shard settings. */
    private DiscordPlatform start(String name, String shardTotal, String shards) throws Exception {
        Map<String, String> settings = new HashMap<>(discord.settings());
        settings.put("PRACTICUM_DISCORD_SHARD_TOTAL", shardTotal);
        settings.put("PRACTICUM_DISCORD_SHARDS", shards);
        TestEngine engine = new TestEngine(data.resolve(name), settings);
        engines.add(engine);
        DiscordPlatform bot = new DiscordPlatform(engine.context("test-token"), Map.of());
        bots.add(bot);
        bot.start();
        return bot;
    }

    private static String shardInfo(JDA jda) {
        JDA.ShardInfo info = jda.getShardInfo();
        return info.getShardId() + " " + info.getShardTotal();
    }
}
