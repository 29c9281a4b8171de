package org.practicum.discord;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReaction;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.presentation.DebriefSummary;
import org.practicum.core.presentation.PublicDebrief;
import org.practicum.core.report.Debrief;
import org.practicum.core.report.Debriefs;
import org.practicum.core.session.Notice;
import org.practicum.core.session.SessionUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows what the engine produced in a practice thread. Only what everyone in the thread may see goes
 * here: the client's messages, notices, the crisis resources and the debrief's numbers; flags and
 * suggestions stay behind buttons that answer one person ephemerally. Calls block, so the order in the
 * thread is the engine's order; it runs on the adapter's own workers, never on JDA's event thread.
 */
final class ThreadPoster {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadPoster.class);
    private static final String CHART_FILE = "emotion-chart.png";
    /**
     * How far back to look for the previous status: past the trainee's reply, notices and, in a group
     * session, the observers' chatter; a few dozen messages is one REST call.
     */
    private static final int STATUS_LOOKBACK = 50;

    private final EmojiMap emoji;
    private final Debriefs debriefs;
    private final StatusReactions reactions;
    private final Optional<String> facilitatorChannel;
    private final PublicDebrief publicDebrief;

    ThreadPoster(EmojiMap emoji, Debriefs debriefs, StatusReactions reactions, Optional<String> facilitatorChannel,
                 PublicDebrief publicDebrief) {
        this.emoji = emoji;
        this.publicDebrief = publicDebrief;
        this.debriefs = debriefs;
        this.reactions = reactions;
        this.facilitatorChannel = facilitatorChannel;
    }

    /**
     * Posts one engine result: notices, then the client's message with its button and status reactions,
     * then the debrief when the session ended. {@code trigger} is the trainee message it answers, if any.
     */
    void post(GuildMessageChannel thread, String clientName, SessionUpdate update, Message trigger) {
        postLine(thread, clientName, update, trigger, update.client() == null ? null : suggestionsButton(update));
        afterLine(thread, update);
    }

    /**
     * The first part of a result, for as soon as the client has spoken: notices, then the client's
     * message with status reactions, and under it {@code row} (none yet while the coaching is made).
     * Returns the message the row goes under, or null when the client did not speak.
     */
    Message postLine(GuildMessageChannel thread, String clientName, SessionUpdate update, Message trigger,
                     ActionRow row) {
        for (Notice notice : update.notices()) {
            switch (notice.kind()) {
                case PAUSE -> crisis(thread, notice, trigger);
                case CLIENT_ENDED -> { } // shown after the client's last words
                default -> send(thread, Texts.notice(notice.text()));
            }
        }
        if (update.client() == null) {
            return null;
        }
        Message last = sendText(thread, Texts.clientMessage(clientName, update.client().text()), row);
        List<String> status = emoji.reactionsFor(update.client().emotion(), update.client().trend()).stream()
                .map(EmojiMap.Reaction::discord).toList();
        reactions.show(new JdaReactions(thread), last.getId(), status);
        return last;
    }

    /**
     * The coaching after a line posted without it: the suggestions button (with the flags' count) goes
     * under the line, then whatever follows it.
     */
    void postCoaching(GuildMessageChannel thread, Message line, SessionUpdate whole) {
        thread.editMessageComponentsById(line.getId(), suggestionsButton(whole)).complete();
        afterLine(thread, whole);
    }

    private static ActionRow suggestionsButton(SessionUpdate update) {
        return ActionRow.of(Button.secondary(ComponentId.suggestions(update.sessionId(), update.turn()).encode(),
                Texts.suggestionsLabel(update.flags().size())));
    }

    /** That the client left, and the debrief, when the session ended with this result. */
    private void afterLine(GuildMessageChannel thread, SessionUpdate update) {
        update.notices().stream().filter(n -> n.kind() == Notice.Kind.CLIENT_ENDED).findFirst()
                .ifPresent(n -> send(thread, Texts.notice(n.text())));
        debriefs.after(update).ifPresent(d -> debrief(thread, d));
    }

    /** Reactions by the bot itself, in one thread. */
    private record JdaReactions(GuildMessageChannel thread) implements StatusReactions.Channel {
        @Override
        public String id() {
            return thread.getId();
        }

        // Formatted, not unicode only: what is read back from the thread may be a server's custom emoji.
        @Override
        public void add(String messageId, String emoji) {
            thread.addReactionById(messageId, Emoji.fromFormatted(emoji)).complete();
        }

        @Override
        public void remove(String messageId, String emoji) {
            thread.removeReactionById(messageId, Emoji.fromFormatted(emoji)).complete();
        }

        @Override
        public Map<String, List<String>> ownReactionsBefore(String messageId) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (Message message : thread.getHistoryBefore(messageId, STATUS_LOOKBACK).complete().getRetrievedHistory()) {
                out.put(message.getId(), message.getReactions().stream().filter(MessageReaction::isSelf)
                        .map(r -> r.getEmoji().getFormatted()).toList());
            }
            return out;
        }
    }

    void send(GuildMessageChannel channel, String text) {
        sendText(channel, text, null);
    }

    /** Posts text in as many messages as it takes; the action row goes under the last one. */
    Message sendText(GuildMessageChannel channel, String text, ActionRow row) {
        List<String> pieces = MessageSplitter.split(text);
        Message last = null;
        for (int i = 0; i < pieces.size(); i++) {
            MessageCreateBuilder message = new MessageCreateBuilder().setContent(pieces.get(i))
                    .setAllowedMentions(List.of());
            if (row != null && i == pieces.size() - 1) {
                message.setComponents(row);
            }
            last = channel.sendMessage(message.build()).complete();
        }
        return last;
    }

    /**
     * The debrief in the thread with the "📋 My feedback" button: its figures and chart, or with
     * {@link PublicDebrief#MINIMAL} only that the session ended (the button then shows the figures too).
     */
    void debrief(GuildMessageChannel thread, Debrief debrief) {
        MessageCreateBuilder message = publicDebrief == PublicDebrief.SUMMARY
                ? summary(debrief, Texts.debriefFooter(DebriefSummary.of(debrief)))
                : new MessageCreateBuilder().setContent(Texts.debriefEnded());
        message.setComponents(ActionRow.of(Button.primary(ComponentId.feedback(debrief.sessionId()).encode(),
                Texts.FEEDBACK_LABEL)));
        thread.sendMessage(message.build()).complete();
    }

    /** Whether the figures are kept out of the thread, for the feedback button to show them privately. */
    boolean figuresPrivate() {
        return publicDebrief == PublicDebrief.MINIMAL;
    }

    /** The debrief's figures as an embed (nothing quoted from the conversation), with the chart when drawn. */
    MessageCreateBuilder summary(Debrief debrief, String footer) {
        DebriefSummary summary = DebriefSummary.of(debrief);
        EmbedBuilder embed = new EmbedBuilder().setTitle(summary.title()).setColor(new Color(0x5865F2))
                .setFooter(footer);
        for (DebriefSummary.Figure figure : summary.figures()) {
            embed.addField(figure.label(), figure.value(), true);
        }
        MessageCreateBuilder message = new MessageCreateBuilder();
        Path chart = debrief.chart() == null || debrief.chart().isEmpty() ? null : Path.of(debrief.chart());
        if (chart != null && Files.isRegularFile(chart)) {
            embed.setImage("attachment://" + CHART_FILE);
            message.addFiles(FileUpload.fromData(chart, CHART_FILE));
        }
        return message.setEmbeds(embed.build());
    }

    /** Out of role, in the thread; facilitators get a link to the message, never its text. */
    private void crisis(GuildMessageChannel thread, Notice pause, Message trigger) {
        send(thread, Texts.crisis(pause));
        facilitatorChannel.ifPresent(id -> {
            TextChannel alerts = thread.getJDA().getTextChannelById(id);
            if (alerts == null) {
                LOG.warn("discord.facilitator-channel {} is not a text channel the bot can see; no crisis alert sent", id);
                return;
            }
            String link = trigger != null ? trigger.getJumpUrl() : thread.getJumpUrl();
            send(alerts, Texts.crisisAlert(thread.getAsMention(), link));
        });
    }
}
