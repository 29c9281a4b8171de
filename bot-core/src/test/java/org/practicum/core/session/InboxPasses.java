package org.practicum.core.session;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Recovery passes for tests: as an instance runs them once a stopped instance's hold has run out. */
public final class InboxPasses {

    private static final Duration LATE_AFTER = Duration.ofMinutes(10);

    private InboxPasses() {
    }

    /** The time an instance sees once the hold on a message recorded now has run out. */
    public static Clock afterTheHold() {
        return Clock.offset(Clock.systemUTC(), Inbox.HOLD.plusSeconds(1));
    }

    /** A pass of {@code engine}'s instance at {@link #afterTheHold}; returns how many messages it took up. */
    public static int once(PracticeEngine engine) {
        return new InboxRecovery(engine, LATE_AFTER, afterTheHold()).runOnce();
    }

    /** Five passes on each instance, both at once; returns how many messages they took up between them. */
    public static int concurrently(PracticeEngine first, PracticeEngine second)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int handed = 0;
            List<Callable<Integer>> passes = List.of(() -> fivePasses(first), () -> fivePasses(second));
            for (Future<Integer> f : pool.invokeAll(passes)) {
                handed += f.get();
            }
            return handed;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int fivePasses(PracticeEngine engine) {
        int handed = 0;
        for (int i = 0; i < 5; i++) {
            handed += once(engine);
        }
        return handed;
    }
}
