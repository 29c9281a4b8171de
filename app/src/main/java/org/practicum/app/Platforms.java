package org.practicum.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.practicum.core.config.Secrets;
import org.practicum.core.platform.ChatPlatform;
import org.practicum.core.platform.PlatformContext;
import org.practicum.core.session.InboxRecovery;
import org.practicum.discord.DiscordPlatform;
import org.practicum.slack.SlackPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts whichever chat platforms have credentials in the environment, and runs until shutdown. */
final class Platforms {

    private static final Logger LOG = LoggerFactory.getLogger(Platforms.class);

    private Platforms() {
    }

    /** Whether any platform is configured, so {@code practicum} runs the bots rather than the terminal. */
    static boolean configured(Secrets secrets) {
        return secrets.has(Secrets.DISCORD_TOKEN) || secrets.has(Secrets.SLACK_BOT_TOKEN);
    }

    static List<ChatPlatform> create(Practicum practicum, Secrets secrets, Map<String, String> env) {
        PlatformContext context = new PlatformContext(practicum.engine(), practicum.debriefs(), practicum.settings(), secrets,
                practicum.emoji(), practicum.programme());
        List<ChatPlatform> platforms = new ArrayList<>();
        if (secrets.has(Secrets.DISCORD_TOKEN)) {
            platforms.add(new DiscordPlatform(context, env));
        }
        if (secrets.has(Secrets.SLACK_BOT_TOKEN)) {
            platforms.add(new SlackPlatform(context));
        }
        return platforms;
    }

    /** How often each instance takes up unanswered messages: well within the inbox's hold. */
    static final Duration INBOX_PASSES = Duration.ofSeconds(5);

    /** Starts every platform, then blocks until the process is asked to stop. */
    static int runUntilShutdown(Practicum practicum, List<ChatPlatform> platforms) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        InboxRecovery inbox = practicum.inboxRecovery();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // No message is taken up into a platform that is closing.
            inbox.close();
            platforms.forEach(ChatPlatform::close);
            practicum.close();
            stopped.countDown();
        }, "practicum-shutdown"));
        start(practicum, platforms, inbox);
        stopped.await();
        return 0;
    }

    /**
     * The daily purge, every platform, then the inbox's passes: recovery starts once the platforms that
     * answer the messages it takes up are connected (each registers its redelivery as it starts).
     */
    static void start(Practicum practicum, List<ChatPlatform> platforms, InboxRecovery inbox) throws Exception {
        practicum.startDailyRetentionPurge();
        for (ChatPlatform platform : platforms) {
            platform.start();
            LOG.info("{} connected", platform.name());
        }
        inbox.start(INBOX_PASSES);
    }
}
