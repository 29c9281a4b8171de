package org.practicum.core.storage;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.practicum.core.session.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes sessions nobody has touched for the retention period, at start and then every {@code every}
 * (a day in production) while the bot runs. With several instances on one database each purges; the
 * deletes are idempotent, so that only costs a query.
 */
public final class RetentionPurge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final SessionStore store;
    private final Duration retention;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "practicum-retention");
        t.setDaemon(true);
        return t;
    });

    public RetentionPurge(SessionStore store, Duration retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    /** Purges now, then every {@code every}. */
    public RetentionPurge start(Duration every) {
        timer.scheduleAtFixedRate(this::runOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One purge; returns how many sessions went. Failures are logged, and the next run tries again. */
    public int runOnce() {
        try {
            int purged = store.purgeOlderThan(clock.instant().minus(retention));
            if (purged > 0) {
                LOG.info("retention: deleted {} session(s) untouched for {} days", purged, retention.toDays());
            }
            return purged;
        } catch (RuntimeException e) {
            LOG.warn("retention purge failed, will try again: {}", e.toString());
            return 0;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
