package org.practicum.discord;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.practicum.core.session.InboxEntry;
import org.practicum.core.session.PracticeEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes JDA's events. Whatever must answer within Discord's 3 seconds (refusals, deferring) happens
 * here on JDA's thread; the slow part (the engine, posting) goes to the workers, in order per channel.
 */
final class PracticeListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeListener.class);

    private final PracticeEngine engine;
    private final StartCommand start;
    private final SessionCommands commands;
    private final ThreadReplies replies;
    private final Buttons buttons;
    private final PerChannelQueue queue;
    private final Executor workers;
    private final ProgrammeCommands programme;

    PracticeListener(Practice practice, PerChannelQueue queue, Executor workers) {
        this.engine = practice.engine();
        this.start = new StartCommand(practice);
        this.commands = new SessionCommands(practice, queue);
        this.replies = new ThreadReplies(practice, queue, workers);
        this.buttons = new Buttons(practice);
        this.queue = queue;
        this.workers = workers;
        this.programme = practice.programme() == null ? null : new ProgrammeCommands(practice, practice.programme());
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!event.getName().equals(PracticeCommands.NAME) || event.getSubcommandName() == null) {
            return;
        }
        switch (event.getSubcommandName()) {
            case PracticeCommands.START -> deferred(event, start.refusal(event), () -> start.run(event));
            case PracticeCommands.END, PracticeCommands.RETRY, PracticeCommands.RESUME -> commands.refusal(event)
                    .ifPresentOrElse(refusal -> event.reply(refusal).setEphemeral(true).queue(),
                            () -> commands.receive(event));
            case PracticeCommands.SCENARIOS -> commands.scenarios(event);
            default -> {
                if (programme != null && ProgrammeCommands.SUBCOMMANDS.contains(event.getSubcommandName())) {
                    deferred(event, Optional.empty(), () -> programme.run(event));
                } else {
                    commands.help(event);
                }
            }
        }
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        if (programme != null && event.getName().equals(ProgrammeCommands.REVIEW_MENU)) {
            // A form must open within 3 seconds: answered here, the checks are quick reads.
            programme.openReviewForm(event);
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (programme != null && event.getModalId().startsWith(ReviewForm.PREFIX)) {
            workers.execute(() -> programme.submitReview(event));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!event.getName().equals(PracticeCommands.NAME)) {
            return;
        }
        String option = event.getFocusedOption().getName();
        if (option.equals(PracticeCommands.SCENARIO_OPTION)) {
            event.replyChoices(PracticeCommands.choices(engine.scenarios(), event.getFocusedOption().getValue())).queue();
        } else if (programme != null && option.equals(ProgrammeCommands.COHORT_OPTION)) {
            // Answered here: choices must come within 3 seconds, and this is a quick read.
            event.replyChoices(programme.cohortChoices(event)).queue();
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (ThreadReplies.mayBeReply(event)) {
            replies.receive(event);
        }
    }

    /** A message the inbox took up again, if its thread is one this instance's shards see. */
    void redeliver(InboxEntry entry, boolean delayed, Function<String, GuildMessageChannel> threads) {
        inThread(entry, threads).ifPresent(thread -> replies.redeliver(entry, delayed, thread));
    }

    /** A {@code /practice end|retry|resume} the inbox took up again, likewise. */
    void redeliverCommand(InboxEntry entry, Function<String, GuildMessageChannel> threads) {
        inThread(entry, threads).ifPresent(thread -> commands.redeliver(entry, thread));
    }

    private Optional<GuildMessageChannel> inThread(InboxEntry entry, Function<String, GuildMessageChannel> threads) {
        return engine.find(entry.sessionId()).map(s -> threads.apply(s.origin().thread()));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<ComponentId> id = ComponentId.parse(event.getComponentId());
        if (id.isEmpty()) {
            return;
        }
        // Not queued behind a slow client reply in the same thread: a click must be answered within 3 s.
        workers.execute(() -> {
            try {
                buttons.handle(event, id.get());
            } catch (RuntimeException e) {
                LOG.error("button {} failed", event.getComponentId(), e);
            }
        });
    }

    private void deferred(SlashCommandInteractionEvent event, Optional<String> refusal, Runnable work) {
        if (refusal.isPresent()) {
            event.reply(refusal.get()).setEphemeral(true).queue();
            return;
        }
        event.deferReply(true).queue();
        queue.submit(event.getChannel().getId(), () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("/practice {} failed", event.getSubcommandName(), e);
                event.getHook().sendMessage("Sorry, that went wrong on my side. Please try again.").queue();
            }
        });
    }
}
