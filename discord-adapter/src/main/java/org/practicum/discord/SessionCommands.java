package org.practicum.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.practicum.core.report.Debrief;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionUpdate;

/** {@code /practice end|retry|resume} inside a practice thread, and {@code scenarios|help} anywhere. */
final class SessionCommands {

    private final Practice practice;

    SessionCommands(Practice practice) {
        this.practice = practice;
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

    /** Runs after the reply was deferred; the outcome is posted in the thread for everyone there. */
    void run(SlashCommandInteractionEvent event) {
        Session session = session(event).orElseThrow();
        GuildMessageChannel thread = event.getChannel().asGuildMessageChannel();
        InteractionHook hook = event.getHook();
        try {
            switch (event.getSubcommandName()) {
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
        }
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
        return practice.engine().findByThread(Practice.PLATFORM, event.getChannel().getId());
    }
}
