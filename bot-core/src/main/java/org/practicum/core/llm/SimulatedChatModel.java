package org.practicum.core.llm;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in model of fixed latency for the bench: waits, then answers a valid JSON object for its
 * role, reporting token usage as hosted providers and Ollama do (roughly four characters a token,
 * counted here so the engine's share of the time is not inflated by the model's own work). Records how long each thread spent "in the model", so the engine's own
 * overhead can be told apart. Asked about something, the client answers with the line the prompt
 * offers for it, as a cooperative model does, so the bench does not measure role retries.
 */
final class SimulatedChatModel implements ChatModel {

    private static final ThreadLocal<long[]> MODEL_NANOS = ThreadLocal.withInitial(() -> new long[1]);
    /** The first example line of a client prompt whose move answers a question about a topic (see ClientPrompt). */
    private static final Pattern ANSWER_LINE = Pattern.compile("They asked about [^:]+:.*?says with this move:[^\\n]*"
            + "\\n- ([^\\n]+)", Pattern.DOTALL);

    private final LlmRole role;
    private final long latencyMs;
    private final List<ChatModelListener> listeners;

    SimulatedChatModel(LlmRole role, long latencyMs, ChatModelListener listener) {
        this.role = role;
        this.latencyMs = latencyMs;
        this.listeners = List.of(listener);
    }

    /** Nanoseconds this thread has spent waiting on the simulated model; resets the count. */
    static long takeModelNanos() {
        long[] n = MODEL_NANOS.get();
        long spent = n[0];
        n[0] = 0;
        return spent;
    }

    @Override
    public List<ChatModelListener> listeners() {
        return listeners;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        long start = System.nanoTime();
        try {
            Thread.sleep(latencyMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        MODEL_NANOS.get()[0] += System.nanoTime() - start;
        String json = switch (role) {
            case CLIENT -> "{\"message\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(answer(request)))
                    + "\",\"emotion\":\"sadness\","
                    + "\"valence\":-0.4,\"arousal\":0.1,\"disclosed_layers\":[],\"wants_to_end\":false}";
            case SUGGESTIONS -> "{\"mi\":\"What feels heaviest right now?\",\"empathetic\":\"That sounds exhausting."
                    + "\",\"support\":\"A lot of people feel like this.\",\"watch_out\":\"\"}";
            case ANALYSIS -> "{\"sentences\":[{\"text\":\"reply\",\"skill\":\"open_question\"}],\"flags\":[],"
                    + "\"acknowledges_cue\":false,\"asks_about_risk\":false,\"rationale\":\"An open question.\"}";
        };
        int chars = request.messages().stream().mapToInt(m -> m.toString().length()).sum();
        return ChatResponse.builder().aiMessage(AiMessage.from(json)).modelName("simulated")
                .tokenUsage(new TokenUsage(chars / 4, json.length() / 4)).build();
    }

    /** The line offered for the answer when the trainee asked about something, as a model would word it; else vague. */
    private static String answer(ChatRequest request) {
        for (ChatMessage message : request.messages()) {
            if (message instanceof SystemMessage system) {
                Matcher asked = ANSWER_LINE.matcher(system.text());
                if (asked.find()) {
                    return asked.group(1).strip();
                }
            }
        }
        return "yeah. i don't know, it's just a lot";
    }
}
