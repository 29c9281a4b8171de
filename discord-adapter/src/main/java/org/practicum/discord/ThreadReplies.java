package org.practicum.discord;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
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
 * typing while the client "writes" (for its {@link TypingTime}) and then posts the reply. Everyone
 * else's messages are ignored, so observers of a group session can talk among themselves.
 */
final class ThreadReplies {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadReplies.class);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final Practice practice;
    private final Executor workers;

    ThreadReplies(Practice practice, Executor workers) {
        this.practice = practice;
        this.workers = workers;
    }

    /** Cheap filters, on JDA's thread: only a person's plain message in a thread can be a reply. */
    static boolean mayBeReply(MessageReceivedEvent event) {
        Message message = event.getMessage();
        return event.isFromGuild() && event.getChannelType().isThread() && !event.getAuthor().isBot()
                && !event.isWebhookMessage() && !event.getAuthor().isSystem()
                && (message.getType() == MessageType.DEFAULT || message.getType() == MessageType.INLINE_REPLY);
    }

    /** Handles the message; the stage completes once the client's reply is posted (after its typing time). */
    CompletionStage<Void> handle(MessageReceivedEvent event) {
        long received = System.nanoTime();
        GuildMessageChannel thread = event.getChannel().asGuildMessageChannel();
        Optional<Session> found = practice.engine().findByThread(Practice.PLATFORM, thread.getId());
        if (found.isEmpty() || found.get().status() == SessionStatus.ENDED) {
            return DONE;
        }
        Session session = found.get();
        Participant author = Access.participant(event.getAuthor(), event.getMember());
        try {
            TurnRule.check(session, author);
        } catch (PracticeException e) {
            if (e.reason() == PracticeException.Reason.NOT_YOUR_TURN) {
                replyTo(event.getMessage(), Texts.refusal(e));
            }
            return DONE;
        }
        String text = event.getMessage().getContentRaw();
        if (text.isBlank()) {
            // Attachments or stickers only, or the Message Content intent is missing (then every message is blank).
            LOG.debug("blank message in session {} ignored", session.id());
            return DONE;
        }
        if (session.status() == SessionStatus.PAUSED) {
            replyTo(event.getMessage(), Texts.refusal(PracticeException.paused()));
            return DONE;
        }
        thread.sendTyping().queue();
        SessionUpdate update;
        try {
            update = practice.engine().reply(session.id(), author, text, event.getMessageId());
        } catch (PracticeException e) {
            if (e.reason() != PracticeException.Reason.NOT_YOUR_SESSION) {
                replyTo(event.getMessage(), Texts.refusal(e));
            }
            return DONE;
        }
        if (update.replayed()) {
            return DONE; // the gateway replayed the event (a resumed connection): it was answered already
        }
        Runnable post = () -> practice.poster().post(thread, practice.clientName(session), update, event.getMessage());
        Duration typing = update.client() == null ? Duration.ZERO : practice.settings().typing()
                .remaining(update.client().text(), Duration.ofNanos(System.nanoTime() - received));
        if (typing.isZero()) {
            post.run();
            return DONE;
        }
        return CompletableFuture.runAsync(post, CompletableFuture.delayedExecutor(typing.toMillis(),
                TimeUnit.MILLISECONDS, workers));
    }

    private static void replyTo(Message message, String text) {
        message.reply(MessageSplitter.split(text).get(0)).mentionRepliedUser(false).queue();
    }
}
