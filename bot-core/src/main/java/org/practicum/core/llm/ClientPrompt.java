package org.practicum.core.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.LabelledSentence;
import org.practicum.core.scenario.Layer;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Persona;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientDirective;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.SpeechContext;

/**
 * The client's prompt for one turn: a system message from the scenario and the engine's directive
 * (what may be shared, what is held back, what the trainee did, the move to word) and a user message
 * with the recent turns and the trainee's new message as quoted data.
 */
final class ClientPrompt {

    private static final int EXAMPLE_LINES = 3;
    private static final Map<RiskQuestion, String> RISK_QUESTIONS = Map.of(
            RiskQuestion.IDEATION, "whether you are having thoughts of suicide or of ending your life.",
            RiskQuestion.SELF_HARM, "whether you have hurt yourself or thought about it.",
            RiskQuestion.FREQUENCY, "how often those thoughts come.",
            RiskQuestion.PLAN, "whether you have thought about how, or made a plan.",
            RiskQuestion.REASONS, "what keeps you going.",
            RiskQuestion.WHO_KNOWS, "whether anyone knows how you are feeling.",
            RiskQuestion.SAFETY, "whether you are safe right now.");

    private final PromptLibrary prompts;
    private final int recentTurns;

    ClientPrompt(PromptLibrary prompts, int recentTurns) {
        this.prompts = prompts;
        this.recentTurns = recentTurns;
    }

    /** The layers the client may speak from this turn: those the engine has let out, at least the surface. */
    static int allowedLayers(ClientDirective directive, SpeechContext context) {
        int allowed = Math.max(1, context.state().disclosedLayers());
        return Math.min(context.scenario().layers().size(), Math.max(allowed, directive.layerIndex() + 1));
    }

    List<ChatMessage> messages(ClientDirective directive, SpeechContext context) {
        Scenario scenario = context.scenario();
        Persona persona = scenario.persona();
        int allowed = allowedLayers(directive, context);
        ConversationWindow window = ConversationWindow.of(context.transcript(), recentTurns, scenario, context.state().facts(scenario));
        Map<String, Object> v = new HashMap<>();
        v.put("name", persona.name());
        v.put("first_name", persona.firstName());
        v.put("age", persona.age());
        v.put("pronouns", persona.pronouns());
        v.put("background", persona.background().strip());
        v.put("presenting_problem", scenario.presentingProblem());
        v.put("style", scenario.style().id());
        v.put("style_description", prompts.style(scenario.style()));
        v.put("principles", scenario.principles().stream().map(p -> "- " + p).collect(Collectors.joining("\n")));
        v.put("may_disclose", layerList(scenario.layers().subList(0, allowed)));
        v.put("hold_back", allowed == scenario.layers().size() ? "- nothing: your whole story may come out now"
                : layerList(scenario.layers().subList(allowed, scenario.layers().size())));
        v.put("allowed_layer_ids", scenario.layers().subList(0, allowed).stream().map(Layer::id)
                .collect(Collectors.joining(", ")));
        v.put("trainee_move", traineeMove(context.analysis()));
        v.put("directive", directive(directive, scenario));
        v.put("example_lines", directive.candidates().stream().limit(EXAMPLE_LINES)
                .map(Line::text).map(t -> "- " + t).collect(Collectors.joining("\n")));
        v.put("summary", window.summary());
        v.put("schema", prompts.shape("client-reply").text());
        String system = prompts.render("client-system", v);
        String traineeMessage = context.traineeText().isBlank()
                ? "(the trainee has just joined and is waiting for you to start)"
                : ConversationWindow.quoteSafe(context.traineeText());
        String user = prompts.render("client-turn", Map.of("recent_turns", window.recentText(persona.firstName()),
                "trainee_message", traineeMessage, "first_name", persona.firstName()));
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(system));
        messages.add(UserMessage.from(user));
        return messages;
    }

    private String directive(ClientDirective d, Scenario scenario) {
        Layer layer = scenario.layer(Math.min(d.layerIndex(), scenario.layers().size() - 1));
        String text = prompts.move(d.move()).replace("{gist}", layer.gist()).replace("{feeling}", layer.feeling())
                .replace("{cue}", d.cue() == null ? "a distress sign" : d.cue().kind().description());
        String move = "Move: " + d.move().id() + ". " + text;
        if (d.risk() != null) {
            move += " They asked: " + RISK_QUESTIONS.get(d.risk()) + " Your message answers exactly that, honestly"
                    + " and in role, as the lines below do; never a method or means.";
        } else if (d.topic() != null) {
            move += " They asked about " + d.topic().replace('-', ' ') + ": your message is about that.";
        }
        if (d.preface() == ReactionKind.GOOD_REFLECTION) {
            move += " The trainee's last reflection was accurate: begin with a short \"yeah... exactly\" of your own.";
        } else if (d.preface() == ReactionKind.CORRECTION) {
            move += " The trainee's reflection missed: begin by gently correcting it in your own words.";
        }
        if (d.move() == ClientMove.THANK_AND_CLOSE || d.move() == ClientMove.LEAVE) {
            move += " This is your last message.";
        }
        return move;
    }

    private static String layerList(List<Layer> layers) {
        return layers.stream().map(l -> "- [" + l.id() + "] " + l.gist() + " (you feel " + l.feeling() + ")"
                        + (l.core() ? " — this is the real weight you carry" : ""))
                .collect(Collectors.joining("\n"));
    }

    /** The offline analysis of the trainee's reply in words the model can react to. */
    private static String traineeMove(Analysis analysis) {
        if (analysis == null) {
            return "Nothing yet: this is your opening message.";
        }
        String skills = analysis.sentences().stream().map(LabelledSentence::skill).distinct()
                .map(s -> s.id().replace('_', ' ')).collect(Collectors.joining(", "));
        String flags = analysis.flags().stream().map(Flag::kind).distinct().map(k -> k.label())
                .collect(Collectors.joining(", "));
        StringBuilder sb = new StringBuilder("Their reply was: ").append(skills.isEmpty() ? "unclear" : skills).append('.');
        if (!flags.isEmpty()) {
            sb.append(" A supervisor would flag: ").append(flags).append('.');
        }
        if (analysis.acknowledgesCue()) {
            sb.append(" They noticed what you hinted at.");
        }
        if (analysis.asksAboutRisk()) {
            sb.append(" They asked you directly and calmly about suicide or self-harm.");
        }
        return sb.toString();
    }
}
