package org.practicum.slack;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.practicum.core.presentation.StatusChanges;

/**
 * The client's emotion and trend as reactions on its latest message. Only the reactions that differ
 * are removed and added ({@link StatusChanges}).
 *
 * <p>Whenever the status moves to a newly posted line, the thread is read back once (conversations.replies)
 * up to it and the bot's own reactions on the messages before it are taken down: memory alone would
 * forget them across a restart, or when another instance (several share one database and one app
 * token) answered meanwhile. Later messages are not read then, so a slower instance never takes down a
 * status another one has just put on a newer line. If the thread cannot be read, the new status still
 * goes up and what memory knows is taken down.
 *
 * <p>When a turn is shown again (Try again, resume) the status goes back to the message holding it:
 * the one memory knows, or else the latest client line of that session and turn in the thread (by its
 * {@link ClientLine} metadata), read whole once, with the bot's reactions taken off every other
 * message. Client lines after a message the update itself posted (the Try again notice) are newer
 * turns: they keep their status.
 *
 * <p>If putting the status up was held back (a 429 waited out, or slow calls), another instance may have posted a newer
 * client line meanwhile and put its status there before ours arrived; the thread after ours is then
 * read, and if a client line of the session came later than anything this update knew of, the status
 * just added comes down again.
 *
 * <p>Not synchronized: one session's updates run one at a time, in order ({@link PerThreadQueue}).
 */
final class StatusReactions {

    /** Normally the status is up in well under this; a slower network may hold it back as a 429 does. */
    static final Duration PROMPT = Duration.ofSeconds(3);

    private record Shown(String ts, List<String> names) {
    }

    private final SlackWebApi api;
    private final OwnReactions history;
    private final Map<String, Shown> bySession = new ConcurrentHashMap<>();

    StatusReactions(SlackWebApi api, OwnReactions history) {
        this.api = api;
        this.history = history;
    }

    /** A client line just posted as {@code ts} takes the status. */
    void show(ThreadKey thread, ClientLine line, String ts, List<String> names) {
        Started started = new Started();
        Shown old = bySession.get(line.sessionId());
        Map<String, List<String>> known = remembered(old);
        if (old == null || !old.ts().equals(ts)) {
            // What the thread shows wins over memory for the messages it showed.
            history.upTo(thread, ts).ifPresent(seen -> seen.forEach(message -> {
                if (message.ts().equals(ts) || isBefore(message.ts(), ts)) {
                    known.put(message.ts(), message.mine());
                }
            }));
        }
        move(thread, line, ts, names, known);
        if (started.late()) {
            takeDownIfOvertaken(thread, line, ts, ts);
        }
    }

    /**
     * Moves the status back to the message holding {@code line}, a turn shown again; returns that message's
     * ts, or empty when it is gone from the thread (deleted) or cannot be found, for the caller to post the
     * line again.
     *
     * @param remembered where memory says the line is, if it knows
     * @param postedBefore a message this update posted before showing the line (the Try again notice), if any
     */
    Optional<String> showAgain(ThreadKey thread, ClientLine line, Optional<String> remembered, List<String> names,
                               Optional<String> postedBefore) {
        Started started = new Started();
        Shown old = bySession.get(line.sessionId());
        if (remembered.isPresent() && old != null && old.ts().equals(remembered.get())) {
            move(thread, line, old.ts(), names, remembered(old)); // already there (a resume): only what differs
            return remembered;
        }
        Optional<List<OwnReactions.Seen>> read = history.all(thread);
        if (read.isEmpty()) {
            remembered.ifPresent(ts -> move(thread, line, ts, names, remembered(old)));
            return remembered;
        }
        List<OwnReactions.Seen> seen = read.get();
        Optional<String> ts = remembered.filter(t -> seen.stream().anyMatch(m -> m.ts().equals(t)))
                .or(() -> seen.stream().filter(m -> m.line().filter(line::equals).isPresent())
                        .reduce((earlier, later) -> later).map(OwnReactions.Seen::ts));
        if (ts.isEmpty()) {
            return ts;
        }
        if (postedBefore.isPresent() && seen.stream().anyMatch(m -> laterLineOf(m, line, postedBefore.get()))) {
            return ts; // a newer turn was answered meanwhile: the status stays with it
        }
        Map<String, List<String>> known = remembered(old);
        seen.forEach(message -> known.put(message.ts(), message.mine()));
        move(thread, line, ts.get(), names, known);
        if (started.late()) {
            takeDownIfOvertaken(thread, line, ts.get(), seen.get(seen.size() - 1).ts());
        }
        return ts;
    }

    private void move(ThreadKey thread, ClientLine line, String ts, List<String> names,
                      Map<String, List<String>> known) {
        for (StatusChanges.Change change : StatusChanges.toShow(known, ts, names)) {
            if (change.add()) {
                api.call("reactions.add", m -> m.reactionsAdd(r -> r.channel(thread.channel())
                        .timestamp(change.message()).name(change.emoji())));
            } else {
                remove(thread, change.message(), change.emoji());
            }
        }
        bySession.put(line.sessionId(), new Shown(ts, List.copyOf(names)));
    }

    /** Takes the status off {@code ts} if a client line of the session was posted after {@code knownUpTo}. */
    private void takeDownIfOvertaken(ThreadKey thread, ClientLine line, String ts, String knownUpTo) {
        history.from(thread, ts).ifPresent(seen -> {
            if (seen.stream().noneMatch(m -> laterLineOf(m, line, knownUpTo))) {
                return;
            }
            seen.stream().filter(m -> m.ts().equals(ts)).findFirst()
                    .ifPresent(ours -> ours.mine().forEach(name -> remove(thread, ts, name)));
            bySession.put(line.sessionId(), new Shown(ts, List.of()));
        });
    }

    private void remove(ThreadKey thread, String ts, String name) {
        api.call("reactions.remove", m -> m.reactionsRemove(r -> r.channel(thread.channel()).timestamp(ts)
                .name(name)));
    }

    private static Map<String, List<String>> remembered(Shown old) {
        Map<String, List<String>> known = new LinkedHashMap<>(); // message ts → the bot's reactions on it
        if (old != null) {
            known.put(old.ts(), old.names());
        }
        return known;
    }

    private static boolean laterLineOf(OwnReactions.Seen message, ClientLine line, String after) {
        return message.line().filter(line::sameSession).isPresent() && isBefore(after, message.ts());
    }

    /** When showing a status began, to tell afterwards whether it went up late. */
    private final class Started {
        private final long nanos = System.nanoTime();
        private final long waits = api.rateLimitWaitsOnThisThread();

        /** Slack made a call wait out a 429, or the calls took longer than {@link #PROMPT}. */
        boolean late() {
            return api.rateLimitWaitsOnThisThread() > waits || System.nanoTime() - nanos >= PROMPT.toNanos();
        }
    }

    /** Slack's ts are seconds with a fraction ("1700000000.000100"), ordered as numbers. */
    private static boolean isBefore(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) < 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
