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
import org.practicum.core.presentation.Coaching;
import org.practicum.core.presentation.FlagNote;
import org.practicum.core.session.Notice;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.suggestion.Suggestion;

/**
 * The trainee's private panel after each client message (sent with chat.postEphemeral): the
 * {@link Coaching} as Block Kit, with "Try again" and "End session".
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
        Coaching coaching = Coaching.of(clientName, update.client(), update.flags(), update.suggestions());
        if (!coaching.lastReply().isEmpty()) {
            // A long reply quoted back could outgrow one section; Slack would refuse the whole panel.
            SectionSplitter.sections(List.of(flags(coaching.lastReply())), SectionSplitter.SECTION_LIMIT)
                    .forEach(text -> blocks.add(section(s -> s.text(markdownText(text)))));
        }
        blocks.add(section(s -> s.text(markdownText("*" + Mrkdwn.escape(coaching.mood().sentence()) + "*"))));
        if (coaching.hasWatchOut()) {
            blocks.add(section(s -> s.text(markdownText(":warning: *" + Coaching.WATCH_OUT + "* "
                    + Mrkdwn.escape(coaching.watchOut())))));
        }
        if (!coaching.ideas().isEmpty()) {
            StringBuilder ideas = new StringBuilder("*" + Coaching.IDEAS + "*");
            for (Suggestion s : coaching.ideas()) {
                ideas.append("\n• _").append(s.kind().label()).append(":_ ").append(Mrkdwn.escape(s.text()));
            }
            blocks.add(section(s -> s.text(markdownText(ideas.toString()))));
            blocks.add(context(c -> c.elements(List.of(markdownText(Coaching.IDEAS_NOTE)))));
        }
        String id = update.sessionId();
        blocks.add(actions(a -> a.elements(asElements(
                button(b -> b.actionId(ActionIds.RETRY).text(plainText(SlackSteps.RETRY_LABEL)).value(id)),
                button(b -> b.actionId(ActionIds.END).text(plainText(SlackSteps.END_LABEL)).style("danger")
                        .value(id))))));
        return new SlackMessage(coaching.summary(), blocks);
    }

    static String flags(List<FlagNote> flags) {
        StringBuilder out = new StringBuilder("*" + Coaching.LAST_REPLY + "*");
        flags.forEach(f -> out.append('\n').append(DebriefMessage.entry(f)));
        return out.toString();
    }
}
