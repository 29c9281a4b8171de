package org.practicum.core.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The durable inbox: adapters record a message here before acknowledging it, and mark it done once its
 * answer was shown or it was refused; storing its turn marks the turn stored in the same transaction. The
 * instance that recorded a message holds it while it works on it, renewing the hold; entries not done
 * whose hold ran out (the instance died, or its work failed) are taken up again by {@link InboxRecovery}
 * and handed back to the adapter of their platform, whose {@link Redelivery} answers them as if they had
 * just arrived: one whose turn was stored already gets that turn back (replayed), and shows it. Thread-safe.
 */
public final class Inbox {

    /** How an adapter answers a message taken up again; {@code delayed} asks for the delay notice first. */
    public interface Redelivery {
        void redeliver(InboxEntry entry, boolean delayed);
    }

    /** How long a hold lasts unless renewed: after a crash, about this long passes before another instance answers. */
    public static final Duration HOLD = Duration.ofSeconds(20);
    /** Work on one message taking longer than this has failed: its hold is left to run out, so it is tried again. */
    static final Duration MAX_WORK = Duration.ofMinutes(2);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private record Key(String sessionId, String eventKey) {
    }

    private final SessionStore store;
    private final Clock clock;
    private final Map<String, Redelivery> redeliveries = new ConcurrentHashMap<>();
    /** The messages this instance works on, and since when: their holds are renewed. */
    private final Map<Key, Instant> working = new ConcurrentHashMap<>();
    /** Tests only: stop right after recording, as a process killed after its acknowledgement would. */
    private volatile boolean haltAfterRecording;

    Inbox(SessionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Records a message of a session, then runs {@code processing} (which queues the work and returns):
     * call it before acknowledging. A message recorded already (the platform delivered it again) is
     * processed too; the turn's event key makes that harmless.
     */
    public void receive(String platform, String eventKey, String sessionId, String senderId, String text,
                        Runnable processing) {
        Instant now = clock.instant();
        store.recordInbound(new InboxEntry(platform, eventKey, sessionId, senderId, text, now), now.plus(HOLD));
        if (haltAfterRecording) {
            return; // a dead process renews no hold
        }
        working.put(new Key(sessionId, eventKey), now);
        processing.run();
    }

    /** The message's answer was shown, or it was refused: it is not taken up again. */
    public void done(String sessionId, String eventKey) {
        store.inboundDone(sessionId, eventKey);
        working.remove(new Key(sessionId, eventKey));
    }

    /**
     * This instance leaves the message to another that works on it (a platform's repeat delivery, whose
     * turn the other stored): no longer held from here, and taken up if that other one never shows it.
     */
    public void release(String sessionId, String eventKey) {
        working.remove(new Key(sessionId, eventKey));
    }

    /** A session's messages not done, oldest first (the terminal answers them when a session is resumed). */
    public List<InboxEntry> unanswered(String sessionId) {
        return store.unansweredInbound(sessionId);
    }

    /** Where this platform's messages go when they are taken up again. */
    public void onRedelivery(String platform, Redelivery redelivery) {
        redeliveries.put(platform, redelivery);
    }

    Optional<Redelivery> redeliveryFor(String platform) {
        return Optional.ofNullable(redeliveries.get(platform));
    }

    /** Holds the messages this instance still works on a while longer; lets go of those it gave up on. */
    void renewHolds(Instant now) {
        working.forEach((key, since) -> {
            if (since.isBefore(now.minus(MAX_WORK))) {
                working.remove(key, since);
            } else {
                store.holdInbound(key.sessionId(), key.eventKey(), now.plus(HOLD));
            }
        });
    }

    /** Claims messages nobody holds, of the platforms this instance answers, and holds them while it works. */
    List<InboxEntry> claim(Instant now, int max) {
        Set<String> platforms = Set.copyOf(redeliveries.keySet());
        List<InboxEntry> claimed = store.claimInbound(platforms, now, now.plus(HOLD), max);
        claimed.forEach(e -> working.put(new Key(e.sessionId(), e.eventKey()), now));
        return claimed;
    }

    /** Test hook: every later message is recorded and then left, as if the process died after acknowledging. */
    public void haltAfterRecording(boolean halt) {
        this.haltAfterRecording = halt;
    }

    /** What a trainee reads before a late reply. */
    public static String delayNotice(InboxEntry entry) {
        return "Sorry, your message from " + TIME.format(entry.receivedAt()) + " was delayed: here is the reply now.";
    }
}
