package org.practicum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.platform.ChatPlatform;
import org.practicum.core.session.InboxEntry;
import org.practicum.core.session.InboxRecovery;
import org.practicum.core.session.Participant;
import org.practicum.core.session.SessionOrigin;

/**
 * The composition root of the long-running mode: starting the platforms starts taking up the messages a
 * stopped instance left, and hands them to the platform they came from. The platform here is a stand-in
 * that only registers its redelivery, as Slack's and Discord's do when they start; their own answering is
 * tested against their wire fakes (SlackInboxTest, DiscordInboxTest).
 */
class PlatformsInboxTest {

    private static final String PLATFORM = "stand-in";

    @TempDir
    Path data;

    /** A platform that takes up its messages and does nothing else. */
    private record StandIn(Practicum practicum, CompletableFuture<InboxEntry> takenUp) implements ChatPlatform {
        @Override
        public String name() {
            return PLATFORM;
        }

        @Override
        public void start() {
            practicum.engine().inbox().onRedelivery(PLATFORM, (entry, delayed) -> takenUp.complete(entry));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void starting_the_platforms_takes_up_a_message_a_stopped_instance_left() throws Exception {
        try (Practicum practicum = Practicum.open(Cli.CONFIG, new Cli(data).env())) {
            String sessionId = practicum.engine().start("exam-stress", new Participant("U1", "trainee"),
                    SessionOrigin.terminal(), 3L).sessionId();
            // given: a message recorded by an instance that died, its hold run out
            Instant now = Instant.now();
            practicum.store().recordInbound(new InboxEntry(PLATFORM, "ev-1", sessionId, "U1", "hello", now),
                    now.minusSeconds(1));
            StandIn platform = new StandIn(practicum, new CompletableFuture<>());

            // when
            try (InboxRecovery inbox = practicum.inboxRecovery()) {
                Platforms.start(practicum, List.of(platform), inbox);

                // then: handed to its platform by the first pass, not left for later
                InboxEntry entry = platform.takenUp().get(4, TimeUnit.SECONDS);
                assertEquals("ev-1", entry.eventKey());
                assertEquals(sessionId, entry.sessionId());
            }
        }
    }
}
