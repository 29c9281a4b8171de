package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client "types" on Discord for a time that grows with its message's length. */
class DiscordTypingTest extends RunningBot {

    static final FakeDiscord.Person TRAINEE = new FakeDiscord.Person("200000000000000001", "Robin", false);
    static final int CHARS_PER_SECOND = 60;
    static final Duration MAX = Duration.ofMillis(4000);

    @Override
    Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(discord.settings());
        settings.put("PRACTICUM_DISCORD_TYPING_CHARS_PER_SECOND", Integer.toString(CHARS_PER_SECOND));
        settings.put("PRACTICUM_DISCORD_TYPING_MAX_MS", Long.toString(MAX.toMillis()));
        return settings;
    }

    @Test
    void the_clients_reply_appears_no_sooner_than_its_length_takes_to_type_with_typing_showing() throws Exception {
        // given
        String threadId = startSession(TRAINEE);

        // when
        long sent = System.nanoTime();
        discord.message(TRAINEE, threadId, "That sounds like a lot to carry. What's weighing on you most?");
        List<FakeDiscord.Call> posts = discord.awaitAll("POST", "channels/" + threadId + "/messages", c -> true, 3);
        Duration waited = Duration.ofNanos(System.nanoTime() - sent);

        // then
        discord.await("POST", "channels/" + threadId + "/typing", c -> true);
        String reply = session(threadId).lastActive().orElseThrow().client().text();
        Duration typing = Duration.ofMillis(Math.min(MAX.toMillis(), reply.length() * 1000L / CHARS_PER_SECOND));
        assertTrue(posts.get(2).body().path("content").asText().contains(reply), posts.get(2).body().toString());
        assertTrue(waited.compareTo(typing) >= 0, "waited " + waited.toMillis() + " ms for a " + reply.length()
                + "-character reply, which takes " + typing.toMillis() + " ms to type");
    }
}
