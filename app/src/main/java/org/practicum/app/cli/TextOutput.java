package org.practicum.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.practicum.core.analysis.Flag;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.presentation.ClientMood;
import org.practicum.core.presentation.Coaching;
import org.practicum.core.presentation.DebriefSummary;
import org.practicum.core.presentation.FlagNote;
import org.practicum.core.presentation.MemberFeedback;
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
    public void clientLine(SessionUpdate u) {
        u.notices().stream().filter(n -> n.kind() != Notice.Kind.CLIENT_ENDED)
                .forEach(n -> out.println("ℹ " + TerminalSteps.notice(n)));
        if (u.client() != null) {
            client(u.client());
        }
        out.flush();
    }

    @Override
    public void coaching(SessionUpdate u) {
        for (Flag f : u.flags()) {
            flag(FlagNote.onLastReply(f), "");
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
        out.printf("    %s %s (valence %+.2f, arousal %+.2f)%n",
                ClientMood.of(clientName, c.emotion(), c.trend()).sentence(), marks, c.emotion().valence(),
                c.emotion().arousal());
    }

    /** A flag, indented under {@code indent}. */
    private void flag(FlagNote f, String indent) {
        out.println(indent + "⚠ " + f.heading() + ": " + f.wrote(f.writer() == null ? "" : f.writer().displayName(),
                UnaryOperator.identity()));
        out.println(indent + "    " + f.why());
        out.println(indent + "    " + FlagNote.INSTEAD + " " + f.better());
    }

    @Override
    public void hint(SessionUpdate u) {
        for (Suggestion s : u.suggestions().items()) {
            out.println("    💡 " + s.kind().label() + ": " + s.text());
        }
        if (u.suggestions().hasWatchOut()) {
            out.println("    " + Coaching.WATCH_OUT + " " + u.suggestions().watchOut());
        }
        out.flush();
    }

    @Override
    public void debrief(Debrief d) {
        DebriefSummary summary = DebriefSummary.of(d);
        out.println();
        out.println("── " + summary.title());
        summary.figures().forEach(f -> out.println("   " + f.label() + ": " + f.value()));
        out.println("   " + summary.hint());
        StringBuilder skills = new StringBuilder();
        for (Map.Entry<String, Integer> e : d.skillCounts().entrySet()) {
            if (e.getValue() > 0) {
                skills.append(skills.isEmpty() ? "" : ", ").append(e.getKey().replace('_', ' ')).append(' ')
                        .append(e.getValue());
            }
        }
        out.println("   Skills: " + (skills.isEmpty() ? "none yet" : skills));
        out.println("   Trust by turn: " + String.join(" → ", d.trust().stream().map(t -> String.format("%.2f", t))
                .toList()));
        out.println("   Emotion: " + String.join(" → ", d.emotions().stream().map(Debrief.EmotionPoint::category).toList()));
        // At the terminal every reply is the trainee's own.
        MemberFeedback feedback = MemberFeedback.of(d.forMember(d.repliedBy().stream().findFirst().orElse("")));
        out.println("   " + feedback.title());
        for (MemberFeedback.Section section : feedback.sections()) {
            if (!section.note().isEmpty()) {
                section.note().lines().forEach(line -> out.println("   " + line)); // a note may hold several lines
            }
            section.flags().forEach(f -> flag(f, "   "));
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

}
