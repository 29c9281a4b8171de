package org.practicum.discord;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.session.Session;
import org.practicum.core.session.TurnRecord;
import org.practicum.core.suggestion.SuggestionEngine;
import org.practicum.core.testing.Fixtures;

/**
 * One Practicum-on-Discord process per test: the loopback Discord, a real engine on a database in
 * {@code data}, and the platform with real JDA. Subclasses add settings or files before it starts.
 */
abstract class RunningBot {

    static final String SCENARIO = "exam-stress";

    @TempDir
    Path data;
    FakeDiscord discord;
    TestEngine engine;
    DiscordPlatform bot;

    /** The settings the engine starts with: the fake's own, plus what a test class needs. */
    Map<String, String> settings() {
        return discord.settings();
    }

    /** The engine's suggestions: the offline ones, unless a test class holds them back. */
    SuggestionEngine suggestions() {
        return Fixtures.offlineRoles().suggestions();
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

    Session session(String threadId) {
        return engine.engine().findByThread("discord", threadId).orElseThrow();
    }

    String clientName() {
        return engine.engine().scenarios().find(SCENARIO).orElseThrow().persona().firstName();
    }

    /** {@code trainee} starts a private session with {@code /practice start}; returns its thread once the opening is in. */
    String startSession(FakeDiscord.Person trainee) throws InterruptedException {
        discord.slashCommand(trainee, FakeDiscord.CHANNEL, "start", Map.of("scenario", SCENARIO));
        discord.await("POST", "channels/" + FakeDiscord.CHANNEL + "/threads", c -> true);
        String threadId = discord.onlyThread();
        discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 2);
        return threadId;
    }

    /** The reactions a client message with this turn's emotion and trend carries. */
    static List<String> statusEmoji(TurnRecord turn) {
        EmojiMap emoji = EmojiMap.load(TestEngine.CONFIG.resolve("emoji.yaml"));
        return emoji.reactionsFor(turn.client().emotion(), turn.client().trend()).stream()
                .map(EmojiMap.Reaction::discord).toList();
    }

    private void startEngineAndBot() throws Exception {
        engine = new TestEngine(data, settings(), suggestions());
        bot = new DiscordPlatform(engine.context("test-token"), Map.of());
        bot.start();
    }
}
