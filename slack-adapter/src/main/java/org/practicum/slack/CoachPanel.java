package org.practicum.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.practicum.core.analysis.Flag;
import org.practicum.core.session.Notice;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.suggestion.Suggestion;

/**
 * The trainee's private panel after each client message (sent with chat.postEphemeral): feedback on
 * their last reply first, then how the client seems, then the suggestions, with "Try again" and
 * "End session".
 */
final class CoachPanel {

    private CoachPanel() {
    }

    static SlackMessage of(SessionUpdate update, String clientName) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Notice notice : update.notices()) {
            if (notice.kind() == Notice.Kind.RETRY || notice.kind() == Notice.Kind.RESUME
                    || notice.kind() == Notice.Kind.FALLBACK) {
                blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(notice.text()))))));
            }
        }
        if (!update.flags().isEmpty()) {
            // A long reply quoted back could outgrow one section; Slack would refuse the whole panel.
            SectionSplitter.sections(List.of(flags(update.flags())), SectionSplitter.SECTION_LIMIT)
                    .forEach(text -> blocks.add(section(s -> s.text(markdownText(text)))));
        }
        String feeling = EmotionWords.describe(clientName, update.client().emotion(), update.client().trend());
        blocks.add(section(s -> s.text(markdownText("*" + Mrkdwn.escape(feeling) + "*"))));
        if (update.suggestions() != null && update.suggestions().hasWatchOut()) {
            blocks.add(section(s -> s.text(markdownText(":warning: *Watch out:* "
                    + Mrkdwn.escape(update.suggestions().watchOut())))));
        }
        if (update.suggestions() != null && !update.suggestions().items().isEmpty()) {
            StringBuilder ideas = new StringBuilder("*Ideas for your next reply*");
            for (Suggestion s : update.suggestions().items()) {
                ideas.append("\n• _").append(s.kind().label()).append(":_ ").append(Mrkdwn.escape(s.text()));
            }
            blocks.add(section(s -> s.text(markdownText(ideas.toString()))));
        }
        String id = update.sessionId();
        blocks.add(actions(a -> a.elements(asElements(
                button(b -> b.actionId(ActionIds.RETRY).text(plainText("Try again")).value(id)),
                button(b -> b.actionId(ActionIds.END).text(plainText("End session")).style("danger").value(id))))));
        String text = (update.flags().isEmpty() ? "" : update.flags().size() + " note(s) on your reply. ") + feeling
                + " Suggestions for your next reply (only you can see this).";
        return new SlackMessage(text, blocks);
    }

    static String flags(List<Flag> flags) {
        StringBuilder out = new StringBuilder("*On your last reply*");
        for (Flag f : flags) {
            out.append("\n• *").append(f.kind().label()).append("*: “").append(Mrkdwn.escape(f.quote())).append("”\n    ")
                    .append(Mrkdwn.escape(f.why())).append("\n    _Could be:_ ").append(Mrkdwn.escape(f.better()));
        }
        return out.toString();
    }
}
