package org.practicum.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.practicum.core.analysis.Flag;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.report.Debrief;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.Notice;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.simulation.ClientReply;
import org.practicum.core.suggestion.Suggestion;

/** Readable practice output for a person at a terminal. */
public final class TextOutput implements PracticeOutput {

    private final PrintWriter out;
    private final EmojiMap emoji;
    private String clientName = "Client";

    public TextOutput(PrintWriter out, EmojiMap emoji) {
        this.out = out;
        this.emoji = emoji;
    }

    @Override
    public void introduce(Scenario s, String sessionId) {
        clientName = s.persona().firstName();
        out.println();
        out.println("── " + s.title() + " [" + s.difficulty().id() + "] · session " + sessionId);
        out.println("   You are talking with " + s.persona().name() + " (" + s.persona().pronouns() + ", "
                + s.persona().age() + "). " + s.presentingProblem());
        if (!s.contentWarnings().isEmpty()) {
            out.println("   Content: " + String.join(", ", s.contentWarnings()));
        }
        out.println("   This is practice with a simulated person. Commands: /hint /retry /end");
        out.println();
        out.flush();
    }

    @Override
    public void update(SessionUpdate u) {
        u.notices().stream().filter(n -> n.kind() != Notice.Kind.CLIENT_ENDED)
                .forEach(n -> out.println("ℹ " + n.text()));
        for (Flag f : u.flags()) {
            out.println("⚠ " + f.kind().label() + ": \"" + f.quote() + "\"");
            out.println("    " + f.why());
            out.println("    Try: " + f.better());
        }
        if (u.client() != null) {
            client(u.client());
        }
        if (u.suggestions() != null) {
            hint(u);
        }
        u.notices().stream().filter(n -> n.kind() == Notice.Kind.CLIENT_ENDED)
                .forEach(n -> out.println("ℹ " + n.text()));
        out.flush();
    }

    @Override
    public void reshow(SessionUpdate u) {
        update(u);
    }

    private void client(ClientReply c) {
        out.println(clientName + ": " + c.text());
        String marks = String.join("", emoji.reactionsFor(c.emotion(), c.trend()).stream()
                .map(EmojiMap.Reaction::discord).toList());
        out.printf("    feeling %s %s (valence %+.2f, arousal %+.2f)%n", c.emotion().category().id(), marks,
                c.emotion().valence(), c.emotion().arousal());
    }

    @Override
    public void hint(SessionUpdate u) {
        for (Suggestion s : u.suggestions().items()) {
            out.println("    💡 " + s.kind().label() + ": " + s.text());
        }
        if (u.suggestions().hasWatchOut()) {
            out.println("    " + u.suggestions().watchOut());
        }
        out.flush();
    }

    @Override
    public void debrief(Debrief d) {
        out.println();
        out.println("── Debrief: " + d.scenarioTitle());
        out.println("   Replies: " + d.turns() + " · reflections " + d.reflections() + " · questions " + d.questions()
                + " (open " + d.openQuestions() + ", closed " + d.closedQuestions() + ")");
        out.println("   Reflection:question " + ratio(d.reflectionToQuestion()) + " (aim for 1 or more; 2 is good)"
                + " · open:closed " + ratio(d.openToClosed()));
        out.println("   Story: " + d.layersDisclosed() + " of " + d.layersTotal() + " layers shared"
                + (d.coreReached() ? ", including the core concern" : ", the core concern was not reached"));
        out.println("   Suggestions: used " + d.uptake().used() + ", edited " + d.uptake().edited() + ", ignored "
                + d.uptake().ignored() + (d.retries() > 0 ? " · retries " + d.retries() : ""));
        StringBuilder skills = new StringBuilder();
        for (Map.Entry<String, Integer> e : d.skillCounts().entrySet()) {
            if (e.getValue() > 0) {
                skills.append(skills.isEmpty() ? "" : ", ").append(e.getKey().replace('_', ' ')).append(' ')
                        .append(e.getValue());
            }
        }
        out.println("   Skills: " + (skills.isEmpty() ? "none yet" : skills));
        out.println("   Trust: " + String.join(" → ", d.trust().stream().map(t -> String.format("%.2f", t)).toList()));
        out.println("   Emotion: " + String.join(" → ", d.emotions().stream().map(Debrief.EmotionPoint::category).toList()));
        if (d.flags().isEmpty()) {
            out.println("   No flags. Well done.");
        }
        for (Debrief.DebriefFlag f : d.flags()) {
            out.println("   ⚠ turn " + f.turn() + ", " + f.kind().replace('_', ' ') + ": \"" + f.quote() + "\"");
            out.println("      " + f.why());
            out.println("      Try: " + f.better());
        }
        if (d.modelUsage() != null) {
            out.printf("   Model: %d calls, %d tokens in, %d out, %d ms mean latency, %d fallbacks%n",
                    d.modelUsage().calls(), d.modelUsage().inputTokens(), d.modelUsage().outputTokens(),
                    d.modelUsage().meanLatencyMs(), d.modelUsage().fallbacks());
        }
        if (!d.chart().isEmpty()) {
            out.println("   Chart: " + d.chart());
        }
        out.flush();
    }

    @Override
    public void error(String sessionId, String message) {
        out.println("✖ " + message);
        out.flush();
    }

    private static String ratio(Double r) {
        return r == null ? "n/a" : String.format("%.2f", r);
    }
}
