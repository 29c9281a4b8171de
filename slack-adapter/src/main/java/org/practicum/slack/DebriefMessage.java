package org.practicum.slack;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.practicum.core.presentation.DebriefSummary;
import org.practicum.core.presentation.FlagNote;
import org.practicum.core.presentation.MemberFeedback;
import org.practicum.core.presentation.PublicDebrief;

/**
 * The debrief as Block Kit: the {@link DebriefSummary} for the thread (figures, no quotes of anyone's
 * words) and each member's {@link MemberFeedback}, with people's words quoted, for them alone.
 */
final class DebriefMessage {

    private DebriefMessage() {
    }

    static SlackMessage summary(DebriefSummary summary) {
        StringBuilder s = new StringBuilder();
        summary.figures().forEach(f -> s.append(s.isEmpty() ? "" : "\n").append('*').append(f.label()).append(":* ")
                .append(f.value()));
        s.append("\n_").append(summary.hint()).append('_');
        return new SlackMessage(summary.headline(), List.of(
                header(h -> h.text(plainText(CardMessage.clip(summary.title(), 150)))),
                section(x -> x.text(markdownText(CardMessage.clip(s.toString(), 3000))))));
    }

    /** What the thread is told with {@link PublicDebrief#MINIMAL}: that the session ended, no figures. */
    static SlackMessage ended() {
        return new SlackMessage(PublicDebrief.ENDED, List.of(section(x -> x.text(markdownText(":checkered_flag: *"
                + PublicDebrief.ENDED + "* The debrief went to each trainee privately.")))));
    }

    /**
     * One member's feedback, in as many sections and messages as it takes: nothing is cut off. None when
     * there is no flag for them to read (the summary in the thread says there were no notes).
     */
    static List<SlackMessage> feedback(MemberFeedback feedback) {
        if (feedback.isEmpty()) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        entries.add("*" + feedback.title() + "*");
        for (MemberFeedback.Section section : feedback.sections()) {
            String head = (section.heading().isEmpty() ? "" : "*" + section.heading() + "*")
                    + (section.note().isEmpty() ? "" : (section.heading().isEmpty() ? "" : "\n") + section.note());
            if (!head.isEmpty()) {
                entries.add(head);
            }
            section.flags().forEach(f -> entries.add(entry(f)));
        }
        List<List<LayoutBlock>> messages = SectionSplitter.messages(
                SectionSplitter.sections(entries, SectionSplitter.SECTION_LIMIT).stream()
                        .map(text -> (LayoutBlock) section(x -> x.text(markdownText(text)))).toList(),
                SectionSplitter.BLOCKS_PER_MESSAGE);
        List<SlackMessage> out = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            String part = messages.size() == 1 ? "" : ", part " + (i + 1) + " of " + messages.size();
            out.add(new SlackMessage(feedback.title() + part, messages.get(i)));
        }
        return out;
    }

    /** One flag as mrkdwn; another member is named by a mention, which Slack shows as their name. */
    static String entry(FlagNote f) {
        String writer = f.writer() == null ? "" : Mrkdwn.mention(f.writer().id());
        return "• *" + f.heading() + "*\n    " + f.wrote(writer, Mrkdwn::escape) + " " + Mrkdwn.escape(f.why())
                + "\n    _" + FlagNote.INSTEAD + "_ " + Mrkdwn.escape(f.better());
    }
}
