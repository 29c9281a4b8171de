package org.practicum.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.time.Duration;

/**
 * The Gemini client's HTTP client, recognising a prompt Gemini blocked before the model ran
 * ({@code promptFeedback.blockReason} and no candidates). LangChain4j 1.11 cannot read that answer (it fails
 * with a NullPointerException), so without this a blocked prompt would look like a provider failure.
 */
final class GeminiBlockedPrompts implements HttpClientBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClientBuilder delegate;

    private GeminiBlockedPrompts(HttpClientBuilder delegate) {
        this.delegate = delegate;
    }

    /** Over the HTTP client LangChain4j would have used anyway. */
    static GeminiBlockedPrompts overDefaultClient() {
        return new GeminiBlockedPrompts(HttpClientBuilderLoader.loadHttpClientBuilder());
    }

    @Override
    public Duration connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        delegate.connectTimeout(timeout);
        return this;
    }

    @Override
    public Duration readTimeout() {
        return delegate.readTimeout();
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        delegate.readTimeout(timeout);
        return this;
    }

    @Override
    public HttpClient build() {
        HttpClient client = delegate.build();
        return new HttpClient() {
            @Override
            public SuccessfulHttpResponse execute(HttpRequest request) {
                SuccessfulHttpResponse response = client.execute(request);
                if (blocked(response.body())) {
                    throw new LlmFailure(LlmFailure.Kind.FILTERED, "Gemini blocked the prompt");
                }
                return response;
            }

            @Override
            public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
                client.execute(request, parser, listener);
            }
        };
    }

    private static boolean blocked(String body) {
        if (body == null || body.isBlank()) {
            return false;
        }
        try {
            JsonNode root = JSON.readTree(body);
            return root != null && root.path("promptFeedback").hasNonNull("blockReason")
                    && root.path("candidates").isEmpty();
        } catch (IOException e) {
            // Not JSON at all: the Gemini client reports that itself.
            return false;
        }
    }
}
