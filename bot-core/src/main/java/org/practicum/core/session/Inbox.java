package org.practicum.core.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The durable inbox: adapters record a message here before acknowledging it, and mark it done once it
 * was answered or refused; storing its turn marks it done in the same transaction. Entries an instance
 * never finished are taken up again by {@link InboxRecovery} and handed back to the adapter of their
 * platform, whose {@link Redelivery} answers them as if they had just arrived. Thread-safe.
 */
public final class Inbox {

    /** How an adapter answers a message taken up again; {@code delayed} asks for the delay notice first. */
    public interface Redelivery {
        void redeliver(InboxEntry entry, boolean delayed);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final SessionStore store;
    private final Clock clock;
    private final Map<String, Redelivery> redeliveries = new ConcurrentHashMap<>();
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
        store.recordInbound(new InboxEntry(platform, eventKey, sessionId, senderId, text, clock.instant()));
        if (!haltAfterRecording) {
            processing.run();
        }
    }

    /** The message was answered or refused: it is not taken up again. */
    public void done(String sessionId, String eventKey) {
        store.inboundDone(sessionId, eventKey);
    }

    /** Where this platform's messages go when they are taken up again. */
    public void onRedelivery(String platform, Redelivery redelivery) {
        redeliveries.put(platform, redelivery);
    }

    Optional<Redelivery> redeliveryFor(String platform) {
        return Optional.ofNullable(redeliveries.get(platform));
    }

    List<InboxEntry> claim(Instant receivedBefore, Instant heldUntil, int max) {
        return store.claimInbound(receivedBefore, heldUntil, max);
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
