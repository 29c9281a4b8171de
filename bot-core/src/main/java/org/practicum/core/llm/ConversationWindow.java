package org.practicum.core.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.practicum.core.analysis.ConversationFacts;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.cue.CueKind;
import org.practicum.core.scenario.Scenario;

/**
 * What a prompt shows of the conversation: the last few turns word for word, and a running summary
 * of everything older built from the client's state (what is out, which cues were voiced, how the
 * trainee has done). The summary's size depends on the scenario, not on the session's length, so
 * prompts stay flat as a session grows.
 */
record ConversationWindow(List<TranscriptEntry> recent, String summary) {

    private static final int CLIP = 120;

    static ConversationWindow of(List<TranscriptEntry> transcript, int recentTurns, Scenario scenario,
                                 ConversationFacts facts) {
        int lastTurn = transcript.stream().mapToInt(TranscriptEntry::turn).max().orElse(0);
        int firstShown = lastTurn - recentTurns + 1;
        List<TranscriptEntry> recent = transcript.stream().filter(e -> e.turn() >= firstShown).toList();
        List<TranscriptEntry> older = transcript.stream().filter(e -> e.turn() < firstShown).toList();
        return new ConversationWindow(recent, summarise(older, scenario, facts));
    }

    /** The recent turns as a chat log, one message a line, the trainee's words as typed. */
    String recentText(String clientName) {
        if (recent.isEmpty()) {
            return "(nothing yet: this is the start of the conversation)";
        }
        return recent.stream().map(e -> (e.speaker() == TranscriptEntry.Speaker.TRAINEE ? "Trainee" : clientName)
                + ": " + quoteSafe(e.text())).collect(Collectors.joining("\n"));
    }

    private static String summarise(List<TranscriptEntry> older, Scenario scenario, ConversationFacts facts) {
        String name = scenario.persona().firstName();
        if (older.isEmpty()) {
            return "Nothing earlier: the whole conversation is shown.";
        }
        int lastOlder = older.get(older.size() - 1).turn();
        List<String> parts = new ArrayList<>();
        parts.add("Turns 0-" + lastOlder + " are summarised here, not shown word for word.");
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < Math.min(facts.disclosedLayers(), scenario.layers().size()); i++) {
            shared.add(scenario.layer(i).gist());
        }
        parts.add(shared.isEmpty() ? name + " has shared only the surface so far."
                : name + " has shared so far: " + String.join("; ", shared) + ".");
        List<String> cues = facts.voicedCues().stream().map(CueKind::description).toList();
        parts.add(cues.isEmpty() ? "No distress signs voiced yet." : "Distress signs already voiced: "
                + String.join("; ", cues) + ".");
        parts.add("The trainee has reflected accurately " + facts.reflections() + " time(s)"
                + (facts.coreHeard() ? " and has heard the main concern." : "."));
        older.stream().filter(e -> e.speaker() == TranscriptEntry.Speaker.TRAINEE).findFirst()
                .ifPresent(e -> parts.add("The trainee opened with: \"" + clip(e.text()) + "\"."));
        TranscriptEntry last = older.get(older.size() - 1);
        parts.add("Just before the shown part, " + (last.speaker() == TranscriptEntry.Speaker.TRAINEE ? "the trainee"
                : name) + " said: \"" + clip(last.text()) + "\".");
        return String.join(" ", parts);
    }

    private static String clip(String text) {
        String flat = quoteSafe(text).replaceAll("\\s+", " ").strip();
        return flat.length() <= CLIP ? flat : flat.substring(0, CLIP - 1) + "…";
    }

    /** Keeps a trainee from closing the data tags around their words and writing instructions after them. */
    static String quoteSafe(String text) {
        return text.replace("</", "< /");
    }
}
