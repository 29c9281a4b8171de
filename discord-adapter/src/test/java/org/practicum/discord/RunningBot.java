package org.practicum.discord;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Practicum-on-Discord process per test: the loopback Discord, a real engine on a database in
 * {@code data}, and the platform with real JDA. Subclasses add settings or files before it starts.
 */
abstract class RunningBot {

    @TempDir
    Path data;
    FakeDiscord discord;
    TestEngine engine;
    DiscordPlatform bot;

    /** The settings the engine starts with: the fake's own, plus what a test class needs. */
    Map<String, String> settings() {
        return discord.settings();
    }

    /** Runs once the fake is up, before the engine starts (files the settings name, for example). */
    void beforeStart() throws Exception {
    }

    @BeforeEach
    void startBot() throws Exception {
        discord = new FakeDiscord();
        beforeStart();
        startEngineAndBot();
    }

    /** A bot restart: a new engine and a new JDA on the same database and the same Discord. */
    void restart() throws Exception {
        bot.close();
        engine.close();
        startEngineAndBot();
    }

    @AfterEach
    void stopBot() throws Exception {
        bot.close();
        engine.close();
        discord.close();
    }

    private void startEngineAndBot() throws Exception {
        engine = new TestEngine(data, settings());
        bot = new DiscordPlatform(engine.context("test-token"), Map.of());
        bot.start();
    }
}
