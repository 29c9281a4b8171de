package org.practicum.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.config.ConfigException;

/**
 * Reads feedback cases from JSON Lines: {@code {"id": ..., "history": [{"role": "client"|"trainee",
 * "text": ...}, ...], "reply": ..., "expect": [flag ids]}}, the history ending with a client message.
 * Blank lines and lines starting with {@code #} are skipped; anything else that is not a case is a
 * {@link ConfigException} naming file and line.
 */
final class FeedbackCaseFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedbackCaseFile() {
    }

    static List<FeedbackCase> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "cannot read cases: " + e.getMessage());
        }
        List<FeedbackCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                cases.add(parse(new Where(file, i + 1), line));
            }
        }
        if (cases.isEmpty()) {
            throw new ConfigException(file.toString(), 0, "no cases in the file");
        }
        return cases;
    }

    private record Where(Path file, int line) {
        ConfigException problem(String message) {
            return new ConfigException(file.toString(), line, message);
        }
    }

    private static FeedbackCase parse(Where where, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw where.problem("not a JSON object: " + e.getOriginalMessage());
        }
        String id = text(node, "id", where);
        String reply = text(node, "reply", where);
        List<FeedbackCase.Turn> history = history(node.path("history"), where);
        JsonNode expect = node.path("expect");
        if (!expect.isArray()) {
            throw where.problem("\"expect\" must be a list of flag ids ([] for a good reply)");
        }
        Set<String> flags = new LinkedHashSet<>();
        for (JsonNode f : expect) {
            if (FlagKind.byId(f.asText()).isEmpty()) {
                throw where.problem("unknown flag id '" + f.asText() + "'");
            }
            flags.add(f.asText());
        }
        return new FeedbackCase(id, history, reply, flags, where.line());
    }

    private static List<FeedbackCase.Turn> history(JsonNode node, Where where) {
        if (!node.isArray() || node.isEmpty()) {
            throw where.problem("\"history\" must be a non-empty list of {role, text}");
        }
        List<FeedbackCase.Turn> turns = new ArrayList<>();
        for (JsonNode t : node) {
            String role = t.path("role").asText();
            if (!role.equals("client") && !role.equals("trainee")) {
                throw where.problem("a history role must be \"client\" or \"trainee\", not '" + role + "'");
            }
            turns.add(new FeedbackCase.Turn(role.equals("client"), text(t, "text", where)));
        }
        if (!turns.get(turns.size() - 1).client()) {
            throw where.problem("\"history\" must end with a client message");
        }
        return turns;
    }

    private static String text(JsonNode node, String key, Where where) {
        JsonNode value = node.path(key);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw where.problem("missing \"" + key + "\" (a non-empty string)");
        }
        return value.asText();
    }
}
