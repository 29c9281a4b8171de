package org.practicum.slack;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
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
     * of the group's replies, each with its author. Someone who wrote no reply is told they observed. As
     * many sections and messages as it takes: nothing is cut off.
     */
    static List<SlackMessage> flags(Debrief.MemberFlags flags) {
        List<String> entries = new ArrayList<>();
        if (!flags.replied() && !flags.others().isEmpty()) {
            entries.add("*The group's replies, turn by turn* (only you can see this)\n"
                    + "You observed this session; here is what was flagged on the group's replies.");
            flags.others().forEach(f -> entries.add(entry(f, Mrkdwn.mention(f.author().id()) + " wrote ")));
        } else {
            String status = ownStatus(flags);
            entries.add("*Your replies, turn by turn* (only you can see this)"
                    + (status.isEmpty() ? "" : "\n" + status));
            flags.own().forEach(f -> entries.add(entry(f, "")));
            if (!flags.others().isEmpty()) {
                entries.add("\n*The rest of the group's replies*");
                flags.others().forEach(f -> entries.add(entry(f, Mrkdwn.mention(f.author().id()) + " wrote ")));
            }
        }
        int count = flags.own().size() + flags.others().size();
        List<List<LayoutBlock>> messages = SectionSplitter.messages(
                SectionSplitter.sections(entries, SectionSplitter.SECTION_LIMIT).stream()
                        .map(text -> (LayoutBlock) section(x -> x.text(markdownText(text)))).toList(),
                SectionSplitter.BLOCKS_PER_MESSAGE);
        List<SlackMessage> out = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            String part = messages.size() == 1 ? "" : ", part " + (i + 1) + " of " + messages.size();
            out.add(new SlackMessage("Your debrief notes (" + count + ")" + part, messages.get(i)));
        }
        return out;
    }

    /** The line under the heading, before the member's own flags; empty when there are some. */
    private static String ownStatus(Debrief.MemberFlags flags) {
        if (!flags.own().isEmpty()) {
            return "";
        }
        if (!flags.replied()) {
            return "No notes: you wrote no replies, and nothing was flagged in this session.";
        }
        return flags.others().isEmpty() ? "No notes: none of your replies raised a flag."
                : "Nothing was flagged on your replies.";
    }

    private static String entry(Debrief.DebriefFlag f, String writer) {
        return "• *Turn " + f.turn() + ", " + f.kind().replace('_', ' ') + "*: " + writer + "“"
                + Mrkdwn.escape(f.quote()) + "”\n    " + Mrkdwn.escape(f.why()) + "\n    _Could be:_ "
                + Mrkdwn.escape(f.better());
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
