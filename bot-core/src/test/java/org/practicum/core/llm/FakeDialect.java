package org.practicum.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The wire shapes of one provider's chat API as the {@link FakeModelServer} speaks it: where the
 * endpoint lives, how a request carries the system prompt and the turns, and what a successful answer
 * and an error look like. Only the fields the LangChain4j clients read are answered.
 */
enum FakeDialect {

    /** OpenAI chat-completions: POST /v1/chat/completions. */
    OPENAI("/v1") {
        @Override
        String system(JsonNode body) {
            return firstSystem(body.path("messages"));
        }

        @Override
        List<String> turns(JsonNode body) {
            return contents(body.path("messages"));
        }

        @Override
        ObjectNode answer(ObjectNode root, String model, String text, int promptTokens, int outputTokens) {
            root.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1_700_000_000L)
                    .put("model", model);
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text);
            if (promptTokens >= 0) {
                root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", outputTokens)
                        .put("total_tokens", promptTokens + outputTokens);
            }
            return root;
        }

        @Override
        ObjectNode error(ObjectNode root, int status, String message) {
            root.putObject("error").put("message", message).put("type", status == 429 ? "rate_limit" : "server_error");
            return root;
        }
    },

    /** Ollama: POST /api/chat, not streamed. */
    OLLAMA("") {
        @Override
        String system(JsonNode body) {
            return firstSystem(body.path("messages"));
        }

        @Override
        List<String> turns(JsonNode body) {
            return contents(body.path("messages"));
        }

        @Override
        ObjectNode answer(ObjectNode root, String model, String text, int promptTokens, int outputTokens) {
            root.put("model", model).put("created_at", "2025-01-01T00:00:00Z").put("done", true)
                    .put("done_reason", "stop").put("prompt_eval_count", promptTokens).put("eval_count", outputTokens);
            root.putObject("message").put("role", "assistant").put("content", text);
            return root;
        }

        @Override
        ObjectNode error(ObjectNode root, int status, String message) {
            root.put("error", message);
            return root;
        }
    },

    /**
     * Anthropic Messages: POST /v1/messages with x-api-key and anthropic-version headers; the system
     * prompt is a top-level field, message content a string or a list of text blocks.
     */
    ANTHROPIC("/v1") {
        @Override
        String system(JsonNode body) {
            return text(body.path("system"));
        }

        @Override
        List<String> turns(JsonNode body) {
            List<String> turns = new ArrayList<>();
            turns.add(system(body));
            turns.addAll(contents(body.path("messages")));
            return turns;
        }

        @Override
        ObjectNode answer(ObjectNode root, String model, String text, int promptTokens, int outputTokens) {
            root.put("id", "msg_01").put("type", "message").put("role", "assistant").put("model", model);
            root.putArray("content").addObject().put("type", "text").put("text", text);
            root.put("stop_reason", "end_turn").putNull("stop_sequence");
            root.putObject("usage").put("input_tokens", promptTokens).put("output_tokens", outputTokens);
            return root;
        }

        @Override
        ObjectNode error(ObjectNode root, int status, String message) {
            root.put("type", "error");
            root.putObject("error").put("type", status == 429 ? "rate_limit_error" : "api_error")
                    .put("message", message);
            return root;
        }
    },

    /**
     * Google AI Gemini: POST /v1beta/models/{model}:generateContent, the key in x-goog-api-key (or
     * ?key=); the system prompt is systemInstruction, the turns are contents with text parts.
     */
    GEMINI("/v1beta") {
        @Override
        String system(JsonNode body) {
            return parts(body.path("systemInstruction"));
        }

        @Override
        List<String> turns(JsonNode body) {
            List<String> turns = new ArrayList<>();
            turns.add(system(body));
            body.path("contents").forEach(c -> turns.add(parts(c)));
            return turns;
        }

        @Override
        String model(String path, JsonNode body) {
            // The model is named in the path, not the body: /v1beta/models/{model}:generateContent
            int start = path.indexOf("/models/") + "/models/".length();
            int end = path.lastIndexOf(':');
            return start < "/models/".length() || end < start ? "" : path.substring(start, end);
        }

        @Override
        ObjectNode answer(ObjectNode root, String model, String text, int promptTokens, int outputTokens) {
            ObjectNode candidate = root.putArray("candidates").addObject();
            ObjectNode content = candidate.putObject("content").put("role", "model");
            content.putArray("parts").addObject().put("text", text);
            candidate.put("finishReason", "STOP").put("index", 0);
            root.putObject("usageMetadata").put("promptTokenCount", promptTokens)
                    .put("candidatesTokenCount", outputTokens).put("totalTokenCount", promptTokens + outputTokens);
            root.put("modelVersion", model).put("responseId", "resp-1");
            return root;
        }

        @Override
        ObjectNode error(ObjectNode root, int status, String message) {
            root.putObject("error").put("code", status).put("message", message)
                    .put("status", status == 429 ? "RESOURCE_EXHAUSTED" : "INTERNAL");
            return root;
        }
    };

    private final String basePath;

    FakeDialect(String basePath) {
        this.basePath = basePath;
    }

    /** The llm.provider id that selects this API. */
    String provider() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What llm.base-url must add to the server's root for the client to find the endpoint. */
    String basePath() {
        return basePath;
    }

    /** The system prompt of a request; empty if it has none. */
    abstract String system(JsonNode body);

    /** Every text the model was shown, system prompt first. */
    abstract List<String> turns(JsonNode body);

    /** The model a request asked for. */
    String model(String path, JsonNode body) {
        return body.path("model").asText("");
    }

    /** Fills {@code root} with a successful answer carrying {@code text} and the token counts. */
    abstract ObjectNode answer(ObjectNode root, String model, String text, int promptTokens, int outputTokens);

    /** Fills {@code root} with the provider's error body for {@code status}. */
    abstract ObjectNode error(ObjectNode root, int status, String message);

    private static String firstSystem(JsonNode messages) {
        for (JsonNode m : messages) {
            if ("system".equals(m.path("role").asText())) {
                return text(m.path("content"));
            }
        }
        return "";
    }

    private static List<String> contents(JsonNode messages) {
        List<String> out = new ArrayList<>();
        messages.forEach(m -> out.add(text(m.path("content"))));
        return out;
    }

    /** A content that is either a plain string or a list of {"type":"text","text":...} blocks. */
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder sb = new StringBuilder();
        content.forEach(block -> sb.append(block.path("text").asText("")));
        return sb.toString();
    }

    private static String parts(JsonNode content) {
        StringBuilder sb = new StringBuilder();
        content.path("parts").forEach(p -> sb.append(p.path("text").asText("")));
        return sb.toString();
    }
}
