package org.practicum.discord;

import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.session.TurnRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message in a practice thread: if its author may take this turn ({@link TurnRule}), the bot shows
 * typing while the client "writes" and then posts the reply. Everyone else's messages are ignored, so
 * observers of a group session can talk among themselves.
 */
final class ThreadReplies {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadReplies.class);

    private final Practice practice;

    ThreadReplies(Practice practice) {
        this.practice = practice;
    }

    /** Cheap filters, on JDA's thread: only a person's plain message in a thread can be a reply. */
    static boolean mayBeReply(MessageReceivedEvent event) {
        Message message = event.getMessage();
        return event.isFromGuild() && event.getChannelType().isThread() && !event.getAuthor().isBot()
                && !event.isWebhookMessage() && !event.getAuthor().isSystem()
                && (message.getType() == MessageType.DEFAULT || message.getType() == MessageType.INLINE_REPLY);
    }

    void handle(MessageReceivedEvent event) {
        GuildMessageChannel thread = event.getChannel().asGuildMessageChannel();
        Optional<Session> found = practice.engine().findByThread(Practice.PLATFORM, thread.getId());
        if (found.isEmpty() || found.get().status() == SessionStatus.ENDED) {
            return;
        }
        Session session = found.get();
        Participant author = Access.participant(event.getAuthor(), event.getMember());
        try {
            TurnRule.check(session, author);
        } catch (PracticeException e) {
            if (e.reason() == PracticeException.Reason.NOT_YOUR_TURN) {
                replyTo(event.getMessage(), Texts.refusal(e));
            }
            return;
        }
        String text = event.getMessage().getContentRaw();
        if (text.isBlank()) {
            // Attachments or stickers only, or the Message Content intent is missing (then every message is blank).
            LOG.debug("blank message in session {} ignored", session.id());
            return;
        }
        if (session.status() == SessionStatus.PAUSED) {
            replyTo(event.getMessage(), Texts.refusal(PracticeException.paused()));
            return;
        }
        thread.sendTyping().queue();
        SessionUpdate update;
        try {
            update = practice.engine().reply(session.id(), author, text, event.getMessageId());
        } catch (PracticeException e) {
            if (e.reason() != PracticeException.Reason.NOT_YOUR_SESSION) {
                replyTo(event.getMessage(), Texts.refusal(e));
            }
            return;
        }
        if (update.replayed()) {
            return; // the gateway replayed the event (a resumed connection): it was answered already
        }
        practice.poster().post(thread, practice.clientName(session), update, event.getMessage());
    }

    private static void replyTo(Message message, String text) {
        message.reply(MessageSplitter.split(text).get(0)).mentionRepliedUser(false).queue();
    }
}
