package org.practicum.core.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes up inbox entries that no instance finished: at start and then periodically, each instance renews
 * the holds on the messages it works on, then claims entries not done whose hold ran out, of the platforms
 * it runs (two instances never take the same one), and hands each to its platform's {@link Inbox.Redelivery}.
 * An entry older than {@code delayLimit} is answered with a delay notice first; one whose session has
 * ended or gone is dropped with a log line, unless its own turn, stored and never shown, ended the session.
 */
public final class InboxRecovery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InboxRecovery.class);
    private static final int BATCH = 50;

    private final PracticeEngine engine;
    private final Duration delayLimit;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "practicum-inbox");
        t.setDaemon(true);
        return t;
    });

    public InboxRecovery(PracticeEngine engine, Duration delayLimit, Clock clock) {
        this.engine = engine;
        this.delayLimit = delayLimit;
        this.clock = clock;
    }

    /** Takes up entries now, then every {@code every}, which must be well under {@link Inbox#HOLD}. */
    public InboxRecovery start(Duration every) {
        timer.scheduleWithFixedDelay(this::runOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One pass; returns how many entries were handed on. Failures are logged, and the next pass tries again. */
    public int runOnce() {
        try {
            Instant now = clock.instant();
            engine.inbox().renewHolds(now);
            List<InboxEntry> claimed = engine.inbox().claim(now, BATCH);
            int handed = 0;
            for (InboxEntry entry : claimed) {
                handed += takeUp(entry, now) ? 1 : 0;
            }
            return handed;
        } catch (RuntimeException e) {
            LOG.warn("inbox: taking up unanswered messages failed, will try again: {}", e.toString());
            return 0;
        }
    }

    private boolean takeUp(InboxEntry entry, Instant now) {
        // A session ended by the message's own turn, stored and never shown, still shows that turn.
        boolean answerable = engine.find(entry.sessionId()).filter(s -> s.mayAnswer(entry.eventKey())).isPresent();
        if (!answerable) {
            // The fact only: the message itself is the trainee's and stays out of the log.
            LOG.info("inbox: dropped a {} message of session {} received at {}: the session has ended",
                    entry.platform(), entry.sessionId(), entry.receivedAt());
            engine.inbox().done(entry.sessionId(), entry.eventKey());
            return false;
        }
        boolean delayed = entry.receivedAt().isBefore(now.minus(delayLimit));
        LOG.info("inbox: answering a {} message of session {} received at {}{}", entry.platform(), entry.sessionId(),
                entry.receivedAt(), delayed ? " (late, with a notice)" : "");
        engine.inbox().redeliveryFor(entry.platform()).orElseThrow().redeliver(entry, delayed);
        return true;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
