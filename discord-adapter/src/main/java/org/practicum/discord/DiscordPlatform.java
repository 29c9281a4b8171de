package org.practicum.discord;

import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import org.practicum.core.config.ConfigException;
import org.practicum.core.config.Secrets;
import org.practicum.core.platform.ChatPlatform;
import org.practicum.core.platform.PlatformContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Practicum on Discord: {@code /practice} sessions in threads, driven by JDA. Reads the
 * {@code discord:} settings, the {@code DISCORD_TOKEN} secret and the {@code DISCORD_GUILD_ID}
 * environment variable.
 */
public final class DiscordPlatform implements ChatPlatform {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordPlatform.class);

    /** Guild messages to see replies in threads; their text needs the privileged Message Content intent. */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT);

    /** The least the bot needs: open threads, talk in them, react, embed the debrief and attach its chart. */
    static final EnumSet<Permission> PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS, Permission.CREATE_PUBLIC_THREADS, Permission.CREATE_PRIVATE_THREADS,
            Permission.MESSAGE_HISTORY, Permission.MESSAGE_ADD_REACTION, Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_ATTACH_FILES);

    private final PlatformContext context;
    private final DiscordSettings settings;
    private final String token;
    private final ExecutorService workers = Executors.newFixedThreadPool(4, daemon("practicum-discord-"));
    private final ScheduledExecutorService reactionTimer =
            Executors.newScheduledThreadPool(2, daemon("practicum-discord-reactions-"));
    private volatile JDA jda;
    private volatile PracticeListener listener;

    /** Reads DISCORD_GUILD_ID from the process environment. */
    public DiscordPlatform(PlatformContext context) {
        this(context, System.getenv());
    }

    public DiscordPlatform(PlatformContext context, Map<String, String> env) {
        this.context = context;
        this.settings = DiscordSettings.from(context.settings(), env);
        this.token = context.secrets().get(Secrets.DISCORD_TOKEN).orElseThrow(() -> new ConfigException(
                "environment", 0, "DISCORD_TOKEN is not set (the bot token from the Discord developer portal)"));
    }

    @Override
    public String name() {
        return Practice.PLATFORM;
    }

    @Override
    public void start() throws InterruptedException {
        StatusReactions reactions = new StatusReactions(reactionTimer, settings.reactionInterval());
        Practice practice = new Practice(context.engine(), context.emoji(),
                new ThreadPoster(context.emoji(), reactions, settings.facilitatorChannel()),
                new Access(settings.facilitatorRole()), settings, context.programme());
        AtomicReference<CloseCode> closedWith = new AtomicReference<>();
        jda = JDABuilder.createLight(token, INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(settings.restBaseUrl()))
                .setSessionController(new GatewaySessionController(settings.gatewayUrl()))
                // A handful of guilds gain little from zlib; plain JSON also lets another gateway be simple.
                .setCompression(Compression.NONE)
                .addEventListeners(listener = new PracticeListener(practice, new PerChannelQueue(workers), workers),
                        new ListenerAdapter() {
                            @Override
                            public void onShutdown(ShutdownEvent event) {
                                closedWith.set(event.getCloseCode());
                            }
                        })
                .build();
        try {
            jda.awaitReady();
        } catch (IllegalStateException e) {
            // The close code arrives with the ShutdownEvent, which may come after awaitReady gave up; JDA's
            // message names close code 4014 too.
            if (closedWith.get() == CloseCode.DISALLOWED_INTENTS || String.valueOf(e.getMessage()).contains("4014")) {
                String message = "Discord refused the privileged MESSAGE CONTENT intent. Enable \"Message Content "
                        + "Intent\" under Bot > Privileged Gateway Intents for application "
                        + jda.getSelfUser().getApplicationId() + " in the Discord developer portal, then start again.";
                LOG.error(message);
                throw new IllegalStateException(message, e);
            }
            throw e;
        }
        registerCommands();
        jda.setRequiredScopes("applications.commands");
        LOG.info("Discord: connected as {}. Invite the bot with: {}", jda.getSelfUser().getName(),
                jda.getInviteUrl(PERMISSIONS));
        LOG.info("Discord: gateway intents {} (MESSAGE_CONTENT must be enabled in the developer portal)", INTENTS);
    }

    private void registerCommands() {
        if (settings.guildId().isPresent()) {
            Guild guild = jda.getGuildById(settings.guildId().get());
            if (guild == null) {
                throw new ConfigException("discord.guild-id", 0, "the bot is not a member of guild "
                        + settings.guildId().get() + "; invite it first or clear DISCORD_GUILD_ID");
            }
            guild.updateCommands().addCommands(PracticeCommands.definitions(context.programme() != null)).complete();
            LOG.info("Discord: /practice registered in guild {} (development)", guild.getId());
        } else {
            jda.updateCommands().addCommands(PracticeCommands.definitions(context.programme() != null)).complete();
            LOG.info("Discord: /practice registered globally (may take up to an hour to appear)");
        }
    }

    @Override
    public void close() {
        JDA current = jda;
        // Stop taking events, let replies in progress finish, then disconnect.
        if (current != null && listener != null) {
            current.removeEventListener(listener);
        }
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reactionTimer.shutdownNow();
        if (current != null) {
            current.shutdown();
            try {
                if (!current.awaitShutdown(5, TimeUnit.SECONDS)) {
                    current.shutdownNow();
                }
            } catch (InterruptedException e) {
                current.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The JDA connection, for tests and for the launcher's health checks. */
    JDA jda() {
        return jda;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
