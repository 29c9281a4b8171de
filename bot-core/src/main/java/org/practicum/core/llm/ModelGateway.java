package org.practicum.core.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way the roles reach a model: checks the budget and the circuit breaker, retries 429 and
 * 5xx answers with exponential backoff, and turns every failure into an {@link LlmFailure}.
 * Thread-safe. The provider clients are built with no retries of their own, so this is the only retry.
 */
final class ModelGateway {

    /** Waits between retries; tests replace it so they need not sleep. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final Map<LlmRole, ChatModel> models;
    private final AnswerFormat format;
    private final int retries;
    private final Duration backoff;
    private final TokenBudget budget;
    private final CircuitBreaker breaker;
    private final Sleeper sleeper;

    ModelGateway(Map<LlmRole, ChatModel> models, AnswerFormat format, int retries, Duration backoff, TokenBudget budget,
                 CircuitBreaker breaker, Sleeper sleeper) {
        this.models = Map.copyOf(models);
        this.format = format;
        this.retries = retries;
        this.backoff = backoff;
        this.budget = budget;
        this.breaker = breaker;
        this.sleeper = sleeper;
    }

    /**
     * The model's text answer to {@code messages}, asked for in {@code shape} as the format allows.
     * An answer the provider's content filter withheld is an {@link LlmFailure.Kind#FILTERED}.
     */
    String chat(String sessionId, LlmRole role, List<ChatMessage> messages, JsonShape shape) {
        budget.check(sessionId);
        if (!breaker.allow()) {
            throw new LlmFailure(LlmFailure.Kind.CIRCUIT_OPEN, null);
        }
        ChatRequest.Builder request = ChatRequest.builder().messages(messages);
        shape.responseFormat(format).ifPresent(request::responseFormat);
        ChatResponse response = send(sessionId, role, request.build());
        if (WithheldAnswer.withheld(response)) {
            // Not a failure of the provider, and not worth a repair: the same filter would answer again.
            throw new LlmFailure(LlmFailure.Kind.FILTERED, null);
        }
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        return text == null ? "" : text;
    }

    private ChatResponse send(String sessionId, LlmRole role, ChatRequest request) {
        ChatModel model = models.get(role);
        for (int attempt = 0; ; attempt++) {
            UsageRecorder.enter(new UsageRecorder.Scope(sessionId, role));
            try {
                ChatResponse response = model.chat(request);
                breaker.success();
                return response;
            } catch (RuntimeException e) {
                if (WithheldAnswer.withheld(e)) {
                    // The provider answered; its filter is no reason to rest it.
                    breaker.success();
                    throw new LlmFailure(LlmFailure.Kind.FILTERED, null);
                }
                if (isTimeout(e)) {
                    breaker.failure();
                    throw new LlmFailure(LlmFailure.Kind.TIMEOUT, null);
                }
                if (!retriable(e) || attempt >= retries) {
                    breaker.failure();
                    throw new LlmFailure(LlmFailure.Kind.UNAVAILABLE, describe(e));
                }
            } finally {
                UsageRecorder.leave();
            }
            pause(attempt);
        }
    }

    private void pause(int attempt) {
        long base = backoff.toMillis() << Math.min(attempt, 10);
        // Jitter spreads the retries of many sessions hitting the same rate limit.
        long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
        try {
            sleeper.sleep(Duration.ofMillis(jittered));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmFailure(LlmFailure.Kind.UNAVAILABLE, "interrupted");
        }
    }

    static boolean retriable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RateLimitException || t instanceof InternalServerException) {
                return true;
            }
            if (t instanceof HttpException http && (http.statusCode() == 429 || http.statusCode() >= 500)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof java.net.http.HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure's type and HTTP status; for a 4xx also the provider's own words (what to change in
     * the settings), cut short and with anything shaped like a key blanked: some providers echo it.
     */
    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return "HTTP " + http.statusCode() + (http.statusCode() >= 400 && http.statusCode() < 500
                        ? ProviderMessage.of(http.getMessage()).map(m -> " (" + m + ")").orElse("") : "");
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
