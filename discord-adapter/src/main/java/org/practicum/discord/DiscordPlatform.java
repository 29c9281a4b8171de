package org.practicum.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
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
 * environment variable. Connects one JDA per gateway shard of {@code discord.shards} (one, unsharded, by
 * default), all feeding the same listener, so that several instances can split one bot's shards.
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
    private final List<JDA> jdas = new CopyOnWriteArrayList<>();
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
        Practice practice = new Practice(context.engine(), context.debriefs(), context.emoji(),
                new ThreadPoster(context.emoji(), context.debriefs(), reactions, settings.facilitatorChannel(),
                        settings.publicDebrief()),
                new Access(settings.facilitatorRole()), settings, context.programme());
        listener = new PracticeListener(practice, new PerChannelQueue(workers), workers);
        // One controller for every shard, so that their IDENTIFYs keep Discord's pace (one per 5 seconds).
        GatewaySessionController sessions = new GatewaySessionController(settings.gatewayUrl());
        DiscordSettings.Shards shards = settings.shards();
        List<AtomicReference<CloseCode>> closeCodes = new ArrayList<>();
        // Every shard is built first (they connect in the background, in the controller's order), then awaited.
        for (int shard : shards.ids()) {
            AtomicReference<CloseCode> closedWith = new AtomicReference<>();
            closeCodes.add(closedWith);
            JDABuilder builder = JDABuilder.createLight(token, INTENTS)
                    .setRestConfig(new RestConfig().setBaseUrl(settings.restBaseUrl()))
                    .setSessionController(sessions)
                    // A handful of guilds gain little from zlib; plain JSON also lets another gateway be simple.
                    .setCompression(Compression.NONE)
                    .addEventListeners(listener, new ListenerAdapter() {
                        @Override
                        public void onShutdown(ShutdownEvent event) {
                            closedWith.set(event.getCloseCode());
                        }
                    });
            if (shards.sharded()) {
                builder.useSharding(shard, shards.total());
            }
            jdas.add(builder.build());
        }
        for (int i = 0; i < jdas.size(); i++) {
            awaitReady(jdas.get(i), closeCodes.get(i));
        }
        registerCommands();
        context.engine().inbox().onRedelivery(Practice.PLATFORM,
                (entry, delayed) -> listener.redeliver(entry, delayed, this::thread));
        context.engine().inbox().onRedelivery(SessionCommands.INBOX,
                (entry, delayed) -> listener.redeliverCommand(entry, this::thread));
        JDA any = jdas.get(0);
        jdas.forEach(jda -> jda.setRequiredScopes("applications.commands"));
        LOG.info("Discord: connected as {} ({}). Invite the bot with: {}", any.getSelfUser().getName(), shards,
                any.getInviteUrl(PERMISSIONS));
        LOG.info("Discord: gateway intents {} (MESSAGE_CONTENT must be enabled in the developer portal)", INTENTS);
    }

    private static void awaitReady(JDA jda, AtomicReference<CloseCode> closedWith) throws InterruptedException {
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
    }

    /**
     * Registers {@code /practice} once per bot, not once per shard or instance: in the development guild by
     * the instance whose shards receive that guild, otherwise globally by the instance running shard 0.
     */
    private void registerCommands() {
        DiscordSettings.Shards shards = settings.shards();
        if (settings.guildId().isPresent()) {
            String id = settings.guildId().get();
            Guild guild = jdas.stream().map(jda -> jda.getGuildById(id)).filter(Objects::nonNull).findFirst()
                    .orElse(null);
            if (guild == null && shards.sharded() && !shards.contains(shards.of(id))) {
                LOG.info("Discord: guild {} is on shard {}, not in this instance's {}; the instance running it "
                        + "registers /practice there", id, shards.of(id), shards);
                return;
            }
            if (guild == null) {
                throw new ConfigException("discord.guild-id", 0, "the bot is not a member of guild "
                        + id + "; invite it first or clear DISCORD_GUILD_ID");
            }
            guild.updateCommands().addCommands(PracticeCommands.definitions(context.programme() != null)).complete();
            LOG.info("Discord: /practice registered in guild {} (development)", guild.getId());
        } else if (shards.contains(0)) {
            jdas.get(0).updateCommands().addCommands(PracticeCommands.definitions(context.programme() != null))
                    .complete();
            LOG.info("Discord: /practice registered globally (may take up to an hour to appear)");
        } else {
            LOG.info("Discord: /practice is registered globally by the instance running shard 0");
        }
    }

    @Override
    public void close() {
        List<JDA> current = List.copyOf(jdas);
        // Stop taking events, let replies in progress finish, then disconnect.
        if (listener != null) {
            current.forEach(jda -> jda.removeEventListener(listener));
        }
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reactionTimer.shutdownNow();
        current.forEach(JDA::shutdown);
        for (JDA jda : current) {
            try {
                if (!jda.awaitShutdown(5, TimeUnit.SECONDS)) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                jda.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A thread one of this instance's shards sees, or null. */
    private GuildMessageChannel thread(String id) {
        return jdas.stream().map(jda -> jda.getThreadChannelById(id)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** One JDA connection per shard of this instance, lowest shard first; for tests and health checks. */
    List<JDA> shards() {
        return List.copyOf(jdas);
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
