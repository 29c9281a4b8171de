package org.practicum.slack;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.List;
import java.util.Locale;
import org.practicum.core.report.Debrief;

/**
 * The debrief: a summary for the thread (numbers, no quotes of anyone's words) and the detailed flags,
 * with the trainee's own words quoted, for each trainee alone (their own replies first in a group).
 */
final class DebriefMessage {

    private DebriefMessage() {
    }

    static SlackMessage summary(Debrief d) {
        StringBuilder s = new StringBuilder()
                .append("*Replies:* ").append(d.turns())
                .append(d.retries() > 0 ? " (" + d.retries() + " taken back)" : "")
                .append("\n*Reflections:* ").append(d.reflections())
                .append(" · *Questions:* ").append(d.questions())
                .append(" (").append(d.openQuestions()).append(" open, ").append(d.closedQuestions()).append(" closed)");
        if (d.reflectionToQuestion() != null) {
            s.append("\n*Reflections per question:* ").append(format(d.reflectionToQuestion()))
                    .append(" (1 or more is a good sign)");
        }
        if (d.uptake() != null) {
            s.append("\n*Suggestions:* used ").append(d.uptake().used()).append(", edited ").append(d.uptake().edited())
                    .append(", ignored ").append(d.uptake().ignored());
        }
        if (d.trust() != null && !d.trust().isEmpty()) {
            s.append("\n*Trust:* ").append(format(d.trust().get(0))).append(" → ")
                    .append(format(d.trust().get(d.trust().size() - 1)));
        }
        s.append("\n*Layers opened up:* ").append(d.layersDisclosed()).append(" of ").append(d.layersTotal())
                .append(d.coreReached() ? " — reached what really matters to the client" : "");
        s.append("\n*Notes on replies:* ").append(d.flags().size())
                .append(d.flags().isEmpty() ? "" : " (the details were sent to the trainee privately)");
        String title = "Debrief: " + d.scenarioTitle();
        return new SlackMessage(title + ". " + d.turns() + " replies.", List.of(
                header(h -> h.text(plainText(CardMessage.clip(title, 150)))),
                section(x -> x.text(markdownText(CardMessage.clip(s.toString(), 3000))))));
    }

    /**
     * One member's detailed flags: those on their own replies, then, in a group session, those on the rest
     * of the group's replies, each with its author.
     */
    static SlackMessage flags(Debrief.MemberFlags flags) {
        StringBuilder s = new StringBuilder("*Your replies, turn by turn* (only you can see this)");
        if (flags.own().isEmpty()) {
            s.append(flags.others().isEmpty() ? "\nNo notes: none of your replies raised a flag."
                    : "\nNothing was flagged on your replies.");
        }
        flags.own().forEach(f -> append(s, f, ""));
        if (!flags.others().isEmpty()) {
            s.append("\n\n*The rest of the group's replies*");
            flags.others().forEach(f -> append(s, f, Mrkdwn.mention(f.author().id()) + " wrote "));
        }
        int count = flags.own().size() + flags.others().size();
        return new SlackMessage("Your debrief notes (" + count + ")",
                List.of(section(x -> x.text(markdownText(CardMessage.clip(s.toString(), 3000))))));
    }

    private static void append(StringBuilder s, Debrief.DebriefFlag f, String writer) {
        s.append("\n• *Turn ").append(f.turn()).append(", ").append(f.kind().replace('_', ' '))
                .append("*: ").append(writer).append("“").append(Mrkdwn.escape(f.quote())).append("”\n    ")
                .append(Mrkdwn.escape(f.why())).append("\n    _Could be:_ ").append(Mrkdwn.escape(f.better()));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
