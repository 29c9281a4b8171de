package org.practicum.core.llm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.practicum.core.report.ModelUsage;
import org.practicum.core.report.ModelUsageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every model call's tokens (the provider's count, else an estimate) and latency, per
 * session, and charges them to the {@link TokenBudget}. LangChain4j calls a listener on the calling
 * thread, so the session and role come from the scope the {@link ModelGateway} opens around a call.
 * Logs one DEBUG line per call with counts only, never message text.
 */
public final class UsageRecorder implements ChatModelListener, ModelUsageSource {

    private static final Logger LOG = LoggerFactory.getLogger(UsageRecorder.class);
    private static final String STARTED = "practicum.started";
    private static final String SCOPE = "practicum.scope";

    /** Which session and role a call on this thread is for. */
    record Scope(String sessionId, LlmRole role) {
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private final TokenBudget budget;
    private final TokenCountEstimator estimator;
    private final Cache<String, Totals> sessions = Caffeine.newBuilder().expireAfterAccess(Duration.ofDays(2)).build();
    private final Set<String> budgetNoticeShown = ConcurrentHashMap.newKeySet();

    public UsageRecorder(TokenBudget budget, TokenCountEstimator estimator) {
        this.budget = budget;
        this.estimator = estimator;
    }

    static void enter(Scope scope) {
        CURRENT.set(scope);
    }

    static void leave() {
        CURRENT.remove();
    }

    @Override
    public void onRequest(ChatModelRequestContext context) {
        context.attributes().put(STARTED, System.nanoTime());
        Scope scope = CURRENT.get();
        if (scope != null) {
            context.attributes().put(SCOPE, scope);
        }
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        long ms = elapsedMs(context.attributes().get(STARTED));
        Scope scope = (Scope) context.attributes().get(SCOPE);
        TokenUsage usage = context.chatResponse().tokenUsage();
        long in = usage != null && usage.inputTokenCount() != null ? usage.inputTokenCount()
                : estimator.estimateTokenCountInMessages(context.chatRequest().messages());
        String text = context.chatResponse().aiMessage() == null ? null : context.chatResponse().aiMessage().text();
        long out = usage != null && usage.outputTokenCount() != null ? usage.outputTokenCount()
                : text == null ? 0 : estimator.estimateTokenCountInText(text);
        String session = scope == null ? null : scope.sessionId();
        if (session != null) {
            totals(session).call(in, out, ms);
        }
        budget.spend(session, in + out);
        LOG.debug("llm call session={} role={} model={} input_tokens={} output_tokens={} latency_ms={}", session,
                scope == null ? "?" : scope.role().id(), context.chatResponse().modelName(), in, out, ms);
    }

    @Override
    public void onError(ChatModelErrorContext context) {
        long ms = elapsedMs(context.attributes().get(STARTED));
        Scope scope = (Scope) context.attributes().get(SCOPE);
        if (scope != null && scope.sessionId() != null) {
            totals(scope.sessionId()).call(0, 0, ms);
        }
        LOG.debug("llm call failed session={} role={} latency_ms={} error={}", scope == null ? null : scope.sessionId(),
                scope == null ? "?" : scope.role().id(), ms, context.error().getClass().getSimpleName());
    }

    /** A turn of this session was served offline instead. */
    void fallback(String sessionId) {
        if (sessionId != null) {
            totals(sessionId).fallback();
        }
    }

    /** True the first time a session is told its budget is spent, so the notice is not repeated each turn. */
    boolean firstBudgetNotice(String sessionId) {
        return budgetNoticeShown.add(sessionId == null ? "" : sessionId);
    }

    @Override
    public ModelUsage usage(String sessionId) {
        Totals t = sessions.getIfPresent(sessionId);
        return t == null ? null : t.snapshot();
    }

    private Totals totals(String sessionId) {
        return sessions.get(sessionId, k -> new Totals());
    }

    private static long elapsedMs(Object started) {
        return started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : 0;
    }

    /** Running totals for one session. */
    private static final class Totals {
        private int calls;
        private long in;
        private long out;
        private long latencySum;
        private long latencyMax;
        private int fallbacks;

        synchronized void call(long inTokens, long outTokens, long ms) {
            calls++;
            in += inTokens;
            out += outTokens;
            latencySum += ms;
            latencyMax = Math.max(latencyMax, ms);
        }

        synchronized void fallback() {
            fallbacks++;
        }

        synchronized ModelUsage snapshot() {
            return new ModelUsage(calls, in, out, calls == 0 ? 0 : latencySum / calls, latencyMax, fallbacks);
        }
    }
}
