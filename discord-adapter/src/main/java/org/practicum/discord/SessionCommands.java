package org.practicum.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.practicum.core.report.Debrief;
import org.practicum.core.session.InboxEntry;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionUpdate;

/** {@code /practice end|retry|resume} inside a practice thread, and {@code scenarios|help} anywhere. */
final class SessionCommands {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SessionCommands.class);

    /** The inbox's name for these commands, taken up again apart from messages. */
    static final String INBOX = "discord-commands";

    private final Practice practice;
    private final PerChannelQueue queue;

    SessionCommands(Practice practice, PerChannelQueue queue) {
        this.practice = practice;
        this.queue = queue;
    }

    /** The session of the thread the command was used in, if the user may control it; else why not. */
    Optional<String> refusal(SlashCommandInteractionEvent event) {
        Optional<Session> session = session(event);
        if (session.isEmpty()) {
            return Optional.of("Use this inside a practice thread (start one with `/practice start`).");
        }
        if (!Access.isOwnPeople(session.get(), event.getUser().getId())
                && !practice.access().isFacilitator(event.getMember())) {
            return Optional.of(Access.notYours(session.get()));
        }
        return Optional.empty();
    }

    /**
     * A command that passed {@link #refusal}: recorded in the inbox with its interaction token (kept until
     * done, so a follow-up can still reach the user after a restart), then deferred, which is Discord's
     * acknowledgement, and run on the thread's queue.
     */
    void receive(SlashCommandInteractionEvent event) {
        Session session = session(event).orElseThrow();
        GuildMessageChannel thread = event.getChannel().asGuildMessageChannel();
        String key = "command/" + event.getId();
        practice.engine().inbox().receive(INBOX, key, session.id(), event.getUser().getId(),
                event.getSubcommandName() + " " + event.getToken(), () -> {
                    event.deferReply(true).queue();
                    queue.submit(thread.getId(), () -> run(event.getSubcommandName(), session.id(), thread,
                            event.getHook(), key));
                });
    }

    /** A command the inbox took up again, in a thread this instance sees: run as if just used. */
    void redeliver(InboxEntry entry, GuildMessageChannel thread) {
        String[] subcommandAndToken = entry.text().split(" ", 2);
        InteractionHook hook = InteractionHook.from(thread.getJDA(), subcommandAndToken[1]);
        queue.submit(thread.getId(), () -> run(subcommandAndToken[0], entry.sessionId(), thread, hook,
                entry.eventKey()));
    }

    /** Runs after the reply was deferred; the outcome is posted in the thread for everyone there. */
    private void run(String subcommand, String sessionId, GuildMessageChannel thread, InteractionHook hook,
                     String eventKey) {
        try {
            Session session = practice.engine().find(sessionId).orElseThrow();
            switch (subcommand) {
                case PracticeCommands.END -> {
                    Debrief debrief = practice.debriefs().end(session.id());
                    practice.poster().debrief(thread, debrief);
                    hook.sendMessage("Session ended. The debrief is in the thread; press " + Texts.FEEDBACK_LABEL
                            + " for your detailed feedback.").queue();
                }
                case PracticeCommands.RETRY -> {
                    SessionUpdate update = practice.engine().retry(session.id());
                    practice.poster().post(thread, practice.clientName(session), update, null);
                    hook.sendMessage("Done: reply to " + practice.clientName(session) + "'s message again.").queue();
                }
                case PracticeCommands.RESUME -> {
                    SessionUpdate update = practice.engine().resume(session.id());
                    practice.poster().post(thread, practice.clientName(session), update, null);
                    hook.sendMessage("Resumed. Take your time.").queue();
                }
                default -> hook.sendMessage("Unknown command.").queue();
            }
        } catch (PracticeException e) {
            hook.sendMessage(Texts.refusal(e)).queue();
        } catch (RuntimeException e) {
            LOG.error("/practice {} failed", subcommand, e);
            hook.sendMessage("Sorry, that went wrong on my side. Please try again.").queue();
        }
        practice.engine().inbox().done(sessionId, eventKey);
    }

    void scenarios(SlashCommandInteractionEvent event) {
        replyEphemeral(event, Texts.scenarioList(practice.engine().scenarios().all()));
    }

    void help(SlashCommandInteractionEvent event) {
        replyEphemeral(event, Texts.help());
    }

    /** An ephemeral answer of any length: the first piece as the reply, the rest as follow-ups. */
    static void replyEphemeral(IReplyCallback callback, String text) {
        List<String> pieces = MessageSplitter.split(text);
        callback.reply(pieces.get(0)).setEphemeral(true).queue(hook -> pieces.subList(1, pieces.size())
                .forEach(p -> hook.sendMessage(p).setEphemeral(true).queue()));
    }

    private Optional<Session> session(SlashCommandInteractionEvent event) {
        if (!event.getChannelType().isThread()) {
            return Optional.empty();
        }
        return practice.engine().committedByThread(Practice.PLATFORM, event.getChannel().getId());
    }
}
