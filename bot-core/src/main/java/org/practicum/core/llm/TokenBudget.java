package org.practicum.core.llm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-session and per-day token spend against their caps (0 = no cap). The day is the UTC day; the
 * day's spend is logged at INFO each time it passes another tenth of the cap, and when the day turns.
 * Thread-safe. A call already under way may take a session slightly past its cap; the next is refused.
 */
public final class TokenBudget {

    private static final Logger LOG = LoggerFactory.getLogger(TokenBudget.class);

    private final long sessionCap;
    private final long dayCap;
    private final Clock clock;
    private final Cache<String, AtomicLong> sessions = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofDays(2)).build();
    private LocalDate day;
    private long daySpent;
    private long lastLoggedTenth;

    public TokenBudget(long sessionCap, long dayCap, Clock clock) {
        this.sessionCap = sessionCap;
        this.dayCap = dayCap;
        this.clock = clock;
        this.day = today();
    }

    /** Throws when the session or the day has used its budget. */
    public void check(String sessionId) {
        if (dayCap > 0 && daySpent() >= dayCap) {
            throw new LlmFailure(LlmFailure.Kind.DAY_BUDGET, null);
        }
        if (sessionCap > 0 && sessionSpent(sessionId) >= sessionCap) {
            throw new LlmFailure(LlmFailure.Kind.SESSION_BUDGET, null);
        }
    }

    public void spend(String sessionId, long tokens) {
        if (sessionId != null) {
            sessions.get(sessionId, k -> new AtomicLong()).addAndGet(tokens);
        }
        synchronized (this) {
            rollOver();
            daySpent += tokens;
            long tenth = dayCap > 0 ? daySpent * 10 / dayCap : daySpent / 100_000;
            if (tenth > lastLoggedTenth) {
                lastLoggedTenth = tenth;
                LOG.info("llm spend today ({}): {} tokens{}", day, daySpent, dayCap > 0 ? " of " + dayCap : "");
            }
        }
    }

    public long sessionSpent(String sessionId) {
        AtomicLong spent = sessionId == null ? null : sessions.getIfPresent(sessionId);
        return spent == null ? 0 : spent.get();
    }

    public synchronized long daySpent() {
        rollOver();
        return daySpent;
    }

    private void rollOver() {
        LocalDate now = today();
        if (!now.equals(day)) {
            LOG.info("llm spend on {}: {} tokens", day, daySpent);
            day = now;
            daySpent = 0;
            lastLoggedTenth = 0;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
