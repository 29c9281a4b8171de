package org.practicum.core.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practicum.core.config.ConfigException;

/** A JSON schema a model's answer must match; {@link #check} parses and validates in one step. */
final class JsonShape {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A parsed answer, or the problems that stop it from being one. */
    record Checked(JsonNode node, List<String> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    private final String name;
    private final String text;
    private final JsonSchema schema;

    private JsonShape(String name, String text, JsonSchema schema) {
        this.name = name;
        this.text = text;
        this.schema = schema;
    }

    /** @param name what the provider calls the schema (letters, digits, '-' and '_') */
    static JsonShape of(String name, String file, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
            return new JsonShape(name, JSON.writeValueAsString(node), schema);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new ConfigException(file, 0, "not a valid JSON schema");
        }
    }

    /** The schema, compact, for the prompt. */
    String text() {
        return text;
    }

    /** The response format to ask for in {@code format}; empty for plain text. */
    Optional<ResponseFormat> responseFormat(AnswerFormat format) {
        return switch (format) {
            case SCHEMA -> Optional.of(ResponseFormat.builder().type(ResponseFormatType.JSON)
                    .jsonSchema(dev.langchain4j.model.chat.request.json.JsonSchema.builder().name(name)
                            .rootElement(JsonRawSchema.from(text)).build())
                    .build());
            case JSON -> Optional.of(ResponseFormat.JSON);
            case TEXT -> Optional.empty();
        };
    }

    Checked check(String answer) {
        String body = extractObject(answer);
        if (body == null) {
            return new Checked(null, List.of("no JSON object found"));
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return new Checked(null, List.of("not parseable JSON (" + e.getOriginalMessage() + ")"));
        }
        Set<ValidationMessage> errors = schema.validate(node);
        return new Checked(node, errors.stream().map(ValidationMessage::getMessage).sorted().limit(5).toList());
    }

    /** Models wrap JSON in code fences or a sentence; the object is what lies between the outer braces. */
    private static String extractObject(String answer) {
        if (answer == null) {
            return null;
        }
        int start = answer.indexOf('{');
        int end = answer.lastIndexOf('}');
        return start < 0 || end <= start ? null : answer.substring(start, end + 1);
    }
}
