package org.practicum.core.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Asks for a JSON answer of a given shape; an answer that does not match gets one repair request
 * (the bad answer and what is wrong with it), and a second miss is an {@link LlmFailure.Kind#INVALID_JSON}.
 */
final class StructuredAsk {

    private final ModelGateway gateway;
    private final PromptLibrary prompts;

    StructuredAsk(ModelGateway gateway, PromptLibrary prompts) {
        this.gateway = gateway;
        this.prompts = prompts;
    }

    JsonShape.Checked ask(String sessionId, LlmRole role, List<ChatMessage> messages, JsonShape shape) {
        String answer = gateway.chat(sessionId, role, messages, shape);
        JsonShape.Checked checked = shape.check(answer);
        if (checked.valid()) {
            return checked;
        }
        List<ChatMessage> repair = new ArrayList<>(messages);
        repair.add(AiMessage.from(answer.isBlank() ? "(empty)" : answer));
        repair.add(UserMessage.from(prompts.render("repair", Map.of("problems", String.join("; ", checked.problems()),
                "schema", shape.text()))));
        JsonShape.Checked repaired = shape.check(gateway.chat(sessionId, role, repair, shape));
        if (!repaired.valid()) {
            throw new LlmFailure(LlmFailure.Kind.INVALID_JSON, String.join("; ", repaired.problems()));
        }
        return repaired;
    }
}
