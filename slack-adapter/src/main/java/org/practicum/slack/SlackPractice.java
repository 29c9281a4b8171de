package org.practicum.slack;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.practicum.core.report.Debriefs;
import org.practicum.core.session.Inbox;
import org.practicum.core.session.InboxEntry;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionMode;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.session.StartRequest;
import org.practicum.core.session.TurnRecord;

/**
 * What people do in Slack, as engine calls: start, reply, try again, resume, join and end. Every
 * method returns at once and does its work on the {@link PerThreadQueue}, because Slack wants its
 * request acknowledged within 3 seconds; replies and clicks are recorded in the inbox first, so an
 * acknowledged one survives the instance. Who may press which button is checked here; who may speak
 * is the engine's turn rule.
 */
final class SlackPractice {

    static final String PLATFORM = "slack";
    /** The inbox's name for clicks on session buttons, taken up again apart from messages. */
    static final String BUTTONS = "slack-buttons";

    private final PracticeEngine engine;
    private final Debriefs debriefs;
    private final ThreadView view;
    private final Facilitators facilitators;
    private final PerThreadQueue queue;
    /** "session/user" of observers already told once that a private session is not theirs. */
    private final Set<String> toldObservers = ConcurrentHashMap.newKeySet();

    SlackPractice(PracticeEngine engine, Debriefs debriefs, ThreadView view, Facilitators facilitators,
                  PerThreadQueue queue) {
        this.engine = engine;
        this.debriefs = debriefs;
        this.view = view;
        this.facilitators = facilitators;
        this.queue = queue;
    }

    /** Posts the scenario card in the channel and starts the session in its thread. */
    void start(String team, String channel, String userId, String scenarioId, SessionMode mode,
               Consumer<String> answerPrivately) {
        queue.submit(channel, () -> {
            if (mode == SessionMode.GROUP && !facilitators.includes(userId)) {
                answerPrivately.accept("Only facilitators can start a group session. Start a private one with "
                        + "`/practice start " + scenarioId + "`.");
                return;
            }
            var scenario = engine.scenarios().find(scenarioId).orElseThrow();
            Optional<String> card = view.post(channel, CardMessage.of(scenario, userId, mode));
            if (card.isEmpty()) {
                answerPrivately.accept("I could not post in this channel. Invite me with `/invite @Practicum` and "
                        + "try again.");
                return;
            }
            ThreadKey thread = new ThreadKey(channel, card.get());
            // The rest belongs to the thread: queued there so it stays in order with replies and buttons.
            queue.submit(thread.toString(), () -> {
                SessionUpdate update = engine.start(new StartRequest(scenarioId, participant(userId),
                        new SessionOrigin(PLATFORM, team, channel, thread.toString()), mode, null));
                Session session = engine.find(update.sessionId()).orElseThrow();
                view.show(session, update, userId, null);
            });
        });
    }

    /**
     * A message in a thread that holds a live session: recorded in the inbox, the only work before Slack's
     * acknowledgement, then answered on the thread's queue if the author may speak.
     */
    void reply(ThreadKey thread, String userId, String text, String messageTs) {
        Optional<Session> found = engine.committedByThread(PLATFORM, thread.toString());
        if (found.isEmpty() || found.get().status() == SessionStatus.ENDED) {
            return; // not a practice thread, or people talking after the debrief
        }
        String sessionId = found.get().id();
        engine.inbox().receive(PLATFORM, messageTs, sessionId, userId, text, () -> queue.submit(thread.toString(),
                () -> answer(sessionId, userId, text, messageTs, Optional.empty(), false)));
    }

    /** A message the inbox took up again, answered as if it had just arrived; a late one after a notice. */
    void redeliver(InboxEntry entry, boolean delayed) {
        engine.find(entry.sessionId()).ifPresent(session -> queue.submit(session.origin().thread(),
                () -> answer(entry.sessionId(), entry.senderId(), entry.text(), entry.eventKey(),
                        delayed ? Optional.of(Inbox.delayNotice(entry)) : Optional.empty(), true)));
    }

    /**
     * Answers a recorded message and marks it done; a failure leaves it in the inbox, to be tried again.
     * {@code takenUp}: the inbox handed it back, so a turn stored already was never shown and is shown now.
     */
    private void answer(String sessionId, String userId, String text, String messageTs, Optional<String> delayNotice,
                        boolean takenUp) {
        Optional<Session> found = engine.find(sessionId);
        if (found.isPresent() && found.get().mayAnswer(messageTs)) {
            Session session = found.get();
            ThreadKey thread = ThreadKey.parse(session.origin().thread());
            try {
                Runnable tellDelay = () -> delayNotice.ifPresent(
                        notice -> view.postInThread(thread, "_" + Mrkdwn.escape(notice) + "_"));
                // The line goes to the thread as soon as the client has spoken (after any delay notice);
                // the panel follows it.
                SessionUpdate update = engine.reply(session.id(), participant(userId), text, messageTs, line -> {
                    tellDelay.run();
                    view.showLine(session, line, userId);
                });
                if (update.replayed() && !takenUp) {
                    // Slack delivered it again, maybe to another instance, which answers it.
                    engine.inbox().release(sessionId, messageTs);
                    return;
                }
                if (update.replayed() || update.client() == null) {
                    // A stored turn never shown, or a pause (no line): the update is all there is.
                    tellDelay.run();
                    view.show(session, update, userId, messageTs);
                } else {
                    view.showCoaching(session, update, userId);
                }
            } catch (PracticeException e) {
                if (e.reason() != PracticeException.Reason.NOT_YOUR_SESSION
                        || toldObservers.add(session.id() + "/" + userId)) {
                    view.tellPrivately(thread, userId, SlackSteps.refusal(e));
                }
            }
        }
        engine.inbox().done(sessionId, messageTs);
    }

    /**
     * A click on a session's button (the session from its value, or the card it sits on): recorded in the
     * inbox before Slack's acknowledgement, then done on the session's thread queue. The look-up is quick
     * (memory or one indexed query, never waiting for a turn in progress), so it stays within the ack.
     */
    void press(ButtonPress press) {
        Optional<Session> found = press.sessionId().isBlank()
                ? engine.committedByThread(PLATFORM, new ThreadKey(press.channel(), press.messageTs()).toString())
                : engine.committed(press.sessionId());
        found.ifPresent(initial -> engine.inbox().receive(BUTTONS, press.eventKey(), initial.id(), press.userId(),
                press.action(), () -> queue.submit(initial.origin().thread(), () -> pressed(initial.id(), press))));
    }

    /** A click the inbox took up again, done as if it had just arrived (a click carries no delay notice). */
    void redeliverPress(InboxEntry entry, boolean delayed) {
        engine.find(entry.sessionId()).ifPresent(session -> {
            ThreadKey card = ThreadKey.parse(session.origin().thread());
            ButtonPress press = new ButtonPress(entry.senderId(), card.channel(), card.ts(), entry.sessionId(),
                    entry.text(), entry.eventKey());
            queue.submit(session.origin().thread(), () -> pressed(session.id(), press));
        });
    }

    private void pressed(String sessionId, ButtonPress press) {
        // read again in the queue: work queued before this click may have changed it
        engine.find(sessionId).ifPresent(session -> {
            try {
                switch (press.action()) {
                    case ActionIds.RETRY -> retry(session, press);
                    case ActionIds.RESUME -> resume(session, press);
                    case ActionIds.JOIN -> join(session, press);
                    case ActionIds.END -> end(session, press.userId(), press);
                    default -> { } // not a session button
                }
            } catch (PracticeException e) {
                view.tellPrivately(ThreadKey.parse(session.origin().thread()), press.userId(), SlackSteps.refusal(e));
            }
        });
        engine.inbox().done(sessionId, press.eventKey());
    }

    private void retry(Session session, ButtonPress press) {
        if (!mayTakeBack(session, press.userId())) {
            refuse(session, press, "Only the trainee who wrote the last reply can take it back.");
            return;
        }
        view.show(session, engine.retry(session.id()), press.userId(), null);
    }

    private void resume(Session session, ButtonPress press) {
        if (!session.trainee().id().equals(press.userId())) {
            refuse(session, press, "Only " + session.trainee().displayName() + " can resume this session.");
            return;
        }
        view.show(session, engine.resume(session.id()), press.userId(), null);
    }

    private void join(Session session, ButtonPress press) {
        boolean already = session.roster().stream().anyMatch(p -> p.id().equals(press.userId()));
        engine.enrol(session.id(), participant(press.userId()));
        ThreadKey thread = ThreadKey.parse(session.origin().thread());
        if (already) {
            view.tellPrivately(thread, press.userId(), "You are already taking turns in this session.");
        } else {
            view.postInThread(thread, ":wave: " + Mrkdwn.mention(press.userId())
                    + " joined and takes turns replying to " + view.clientName(session) + ".");
        }
    }

    /**
     * {@code /practice end}: ends the newest session the caller started in the channel and has not ended.
     * Asked of the store, not remembered here, so it works after a restart. The title of the scenario
     * being ended; empty when there is no such session.
     */
    Optional<String> endOpen(String channel, String userId) {
        Optional<Session> open = engine.findOpenStartedBy(PLATFORM, channel, userId);
        open.ifPresent(found -> queue.submit(found.origin().thread(),
                () -> engine.find(found.id()).ifPresent(session -> end(session, userId, null))));
        return open.map(found -> engine.scenarios().find(found.scenarioId()).map(s -> s.title())
                .orElse(found.scenarioId()));
    }

    private void end(Session session, String userId, ButtonPress press) {
        boolean owner = session.trainee().id().equals(userId);
        if (!owner && (session.mode() == SessionMode.PRIVATE || !facilitators.includes(userId))) {
            refuse(session, press, "Only " + session.trainee().displayName() + " can end this session.");
            return;
        }
        if (session.status() == SessionStatus.ENDED) {
            view.tellPrivately(ThreadKey.parse(session.origin().thread()), userId, "This session has already ended.");
            return;
        }
        Session ended = engine.end(session.id());
        view.showDebrief(ended, debriefs.of(ended));
    }

    private void refuse(Session session, ButtonPress press, String why) {
        if (press != null) {
            view.tellPrivately(ThreadKey.parse(session.origin().thread()), press.userId(), why);
        }
    }

    /** In a private session the trainee; in a group session whoever wrote the last reply, or the facilitator. */
    private static boolean mayTakeBack(Session session, String userId) {
        if (session.trainee().id().equals(userId)) {
            return true;
        }
        return session.mode() == SessionMode.GROUP
                && session.lastActive().map(TurnRecord::author).map(userId::equals).orElse(false);
    }

    /** Slack shows a mention as the person's current name, so it serves as the display name. */
    static Participant participant(String userId) {
        return new Participant(userId, Mrkdwn.mention(userId));
    }
}
