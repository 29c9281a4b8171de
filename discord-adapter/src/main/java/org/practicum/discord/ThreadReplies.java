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
 * typing while the client "writes" (for its {@link TypingTime}) and then posts the reply, without its
 * suggestions button; the button (with the count of flags) is added once the coaching is made. Everyone
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

    /** Handles the message; the stage completes once the client's reply and its coaching are posted. */
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
        String clientName = practice.clientName(session);
        // The line is posted (after its typing time) as soon as the client has spoken; the coaching follows it.
        CompletableFuture<Message> line = new CompletableFuture<>();
        SessionUpdate update;
        try {
            update = practice.engine().reply(session.id(), author, text, event.getMessageId(), spoken -> {
                Duration typing = practice.settings().typing().remaining(spoken.client().text(),
                        Duration.ofNanos(System.nanoTime() - received));
                Runnable post = () -> line.complete(practice.poster().postLine(thread, clientName, spoken,
                        event.getMessage(), null));
                CompletableFuture.runAsync(post, typing.isZero() ? Runnable::run
                        : CompletableFuture.delayedExecutor(typing.toMillis(), TimeUnit.MILLISECONDS, workers))
                        .exceptionally(e -> {
                            line.completeExceptionally(e);
                            return null;
                        });
            });
        } catch (PracticeException e) {
            if (e.reason() != PracticeException.Reason.NOT_YOUR_SESSION) {
                replyTo(event.getMessage(), Texts.refusal(e));
            }
            return DONE;
        }
        if (update.replayed()) {
            return DONE; // the gateway replayed the event (a resumed connection): it was answered already
        }
        SessionUpdate whole = update;
        if (whole.client() == null) {
            practice.poster().post(thread, clientName, whole, event.getMessage()); // a pause: no line to wait for
            return DONE;
        }
        return line.thenAcceptAsync(posted -> practice.poster().postCoaching(thread, posted, whole), workers);
    }

    private static void replyTo(Message message, String text) {
        message.reply(MessageSplitter.split(text).get(0)).mentionRepliedUser(false).queue();
    }
}
