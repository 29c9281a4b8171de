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
import org.practicum.core.session.Inbox;
import org.practicum.core.session.InboxEntry;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.session.TurnRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message in a practice thread: recorded in the inbox as soon as JDA hands it over, then, if its
 * author may take this turn ({@link TurnRule}), the bot shows typing while the client "writes" (for its
 * {@link TypingTime}) and posts the reply, without its suggestions button; the button (with the count of
 * flags) is added once the coaching is made. Everyone else's messages are ignored, so observers of a group
 * session can talk among themselves. A message the inbox takes up again is answered the same way.
 */
final class ThreadReplies {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadReplies.class);
    private static final CompletableFuture<Boolean> DONE = CompletableFuture.completedFuture(true);

    /** A trainee message to answer; {@code trigger} is null for one taken up again from the inbox. */
    private record Incoming(String sessionId, GuildMessageChannel thread, Participant author, String text,
                            String messageId, Message trigger, Optional<String> delayNotice) {
        /** Handed back by the inbox, not delivered by the gateway. */
        boolean takenUp() {
            return trigger == null;
        }
    }

    private final Practice practice;
    private final PerChannelQueue queue;
    private final Executor workers;

    ThreadReplies(Practice practice, PerChannelQueue queue, Executor workers) {
        this.practice = practice;
        this.queue = queue;
        this.workers = workers;
    }

    /** Cheap filters, on JDA's thread: only a person's plain message in a thread can be a reply. */
    static boolean mayBeReply(MessageReceivedEvent event) {
        Message message = event.getMessage();
        return event.isFromGuild() && event.getChannelType().isThread() && !event.getAuthor().isBot()
                && !event.isWebhookMessage() && !event.getAuthor().isSystem()
                && (message.getType() == MessageType.DEFAULT || message.getType() == MessageType.INLINE_REPLY);
    }

    /** On JDA's thread: a message in a live session's thread is recorded, then answered on the channel's queue. */
    void receive(MessageReceivedEvent event) {
        GuildMessageChannel thread = event.getChannel().asGuildMessageChannel();
        Optional<Session> found = practice.engine().committedByThread(Practice.PLATFORM, thread.getId());
        String text = event.getMessage().getContentRaw();
        if (found.isEmpty() || found.get().status() == SessionStatus.ENDED) {
            return;
        }
        if (text.isBlank()) {
            // Attachments or stickers only, or the Message Content intent is missing (then every message is blank).
            LOG.debug("blank message in session {} ignored", found.get().id());
            return;
        }
        Incoming incoming = new Incoming(found.get().id(), thread, Access.participant(event.getAuthor(),
                event.getMember()), text, event.getMessageId(), event.getMessage(), Optional.empty());
        practice.engine().inbox().receive(Practice.PLATFORM, incoming.messageId(), incoming.sessionId(),
                incoming.author().id(), text, () -> queue.submitThen(thread.getId(), () -> handle(incoming)));
    }

    /** A message the inbox took up again, in a thread this instance sees; a late one after a notice. */
    void redeliver(InboxEntry entry, boolean delayed, GuildMessageChannel thread) {
        Participant author = practice.engine().find(entry.sessionId()).flatMap(s -> s.participant(entry.senderId()))
                .orElse(new Participant(entry.senderId(), "<@" + entry.senderId() + ">"));
        Incoming incoming = new Incoming(entry.sessionId(), thread, author, entry.text(), entry.eventKey(), null,
                delayed ? Optional.of(Inbox.delayNotice(entry)) : Optional.empty());
        queue.submitThen(thread.getId(), () -> handle(incoming));
    }

    /**
     * Answers a recorded message and marks it done, or leaves it to the instance that answers it; the stage
     * completes once the client's reply is posted.
     */
    private CompletionStage<Void> handle(Incoming incoming) {
        return answer(incoming).thenAccept(done -> {
            if (done) {
                practice.engine().inbox().done(incoming.sessionId(), incoming.messageId());
            } else {
                practice.engine().inbox().release(incoming.sessionId(), incoming.messageId());
            }
        });
    }

    /** Whether the message is done with: answered or refused here, rather than answered by another. */
    private CompletionStage<Boolean> answer(Incoming incoming) {
        long received = System.nanoTime();
        GuildMessageChannel thread = incoming.thread();
        Optional<Session> found = practice.engine().find(incoming.sessionId());
        if (found.isEmpty() || !found.get().mayAnswer(incoming.messageId())) {
            return DONE;
        }
        Session session = found.get();
        try {
            TurnRule.check(session, incoming.author());
        } catch (PracticeException e) {
            if (e.reason() == PracticeException.Reason.NOT_YOUR_TURN) {
                replyTo(incoming, Texts.refusal(e));
            }
            return DONE;
        }
        if (session.status() == SessionStatus.PAUSED) {
            replyTo(incoming, Texts.refusal(PracticeException.paused()));
            return DONE;
        }
        thread.sendTyping().queue();
        String clientName = practice.clientName(session);
        // The line is posted (after its typing time) as soon as the client has spoken; the coaching follows it.
        CompletableFuture<Message> line = new CompletableFuture<>();
        SessionUpdate update;
        try {
            update = practice.engine().reply(session.id(), incoming.author(), incoming.text(), incoming.messageId(),
                    spoken -> {
                Duration typing = practice.settings().typing().remaining(spoken.client().text(),
                        Duration.ofNanos(System.nanoTime() - received));
                Runnable post = () -> {
                    incoming.delayNotice().ifPresent(notice -> practice.poster().send(thread, Texts.notice(notice)));
                    line.complete(practice.poster().postLine(thread, clientName, spoken, incoming.trigger(), null));
                };
                CompletableFuture.runAsync(post, typing.isZero() ? Runnable::run
                        : CompletableFuture.delayedExecutor(typing.toMillis(), TimeUnit.MILLISECONDS, workers))
                        .exceptionally(e -> {
                            line.completeExceptionally(e);
                            return null;
                        });
            });
        } catch (PracticeException e) {
            if (e.reason() != PracticeException.Reason.NOT_YOUR_SESSION) {
                replyTo(incoming, Texts.refusal(e));
            }
            return DONE;
        }
        if (update.replayed() && !incoming.takenUp()) {
            // The gateway replayed the event (a resumed connection): whoever stored its turn shows it. One the
            // inbox took up (no trigger) had its turn stored by an instance that stopped before showing it.
            return CompletableFuture.completedFuture(false);
        }
        SessionUpdate whole = update;
        if (whole.replayed() || whole.client() == null) {
            // A stored turn never shown, or a pause (no line): the update is all there is.
            incoming.delayNotice().ifPresent(notice -> practice.poster().send(thread, Texts.notice(notice)));
            practice.poster().post(thread, clientName, whole, incoming.trigger());
            return DONE;
        }
        return line.thenApplyAsync(posted -> {
            practice.poster().postCoaching(thread, posted, whole);
            return true;
        }, workers);
    }

    /** A reply to the trainee's message, by its id: the message object is gone for one taken up again. */
    private static void replyTo(Incoming incoming, String text) {
        incoming.thread().sendMessage(MessageSplitter.split(text).get(0)).setMessageReference(incoming.messageId())
                .mentionRepliedUser(false).queue();
    }
}
