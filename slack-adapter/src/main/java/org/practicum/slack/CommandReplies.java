package org.practicum.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.slack.api.model.block.composition.OptionObject;
import java.util.List;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.scenario.ScenarioCatalog;

/** What {@code /practice} answers the person who typed it (slash-command answers are private). */
final class CommandReplies {

    private CommandReplies() {
    }

    static String help() {
        return """
                *Practise a supportive conversation with a simulated client.*
                • `/practice start` — pick a scenario from a menu
                • `/practice start <scenario>` — start one by id (see `/practice scenarios`)
                • `/practice start <scenario> group` — a group session (facilitators): others press *Join* and take turns
                • `/practice scenarios` — list the scenarios
                • `/practice end` — end your open session in this channel
                The session lives in the thread under its card: reply there. Suggestions and feedback reach you \
                privately; use the buttons to try a reply again or end the session.""";
    }

    /** The answer to {@code /practice end}, at once: the ending itself is queued on the session's thread. */
    static String ending(String scenarioTitle) {
        return "Ending your practice session *" + Mrkdwn.escape(scenarioTitle) + "*. The debrief goes in the "
                + "session's thread, and its card in this channel will say it ended, with a link to the debrief.";
    }

    static String scenarioList(ScenarioCatalog catalog) {
        StringBuilder s = new StringBuilder("*Scenarios* — start one with `/practice start <id>`");
        for (Scenario sc : catalog.all()) {
            s.append("\n• `").append(sc.id()).append("` — ").append(Mrkdwn.escape(sc.title())).append(" (")
                    .append(sc.difficulty().id()).append(")");
            if (!sc.contentWarnings().isEmpty()) {
                s.append(" _CW: ").append(Mrkdwn.escape(String.join(", ", sc.contentWarnings()))).append("_");
            }
        }
        return s.toString();
    }

    static SlackMessage picker(ScenarioCatalog catalog) {
        List<OptionObject> options = catalog.all().stream().limit(100)
                .map(sc -> option(plainText(CardMessage.clip(sc.title() + " (" + sc.difficulty().id() + ")", 75)),
                        sc.id()))
                .toList();
        return new SlackMessage("Pick a scenario to practise", List.of(
                section(s -> s.text(markdownText("Pick a scenario to practise:"))),
                actions(a -> a.elements(List.of(staticSelect(m -> m.actionId(ActionIds.PICK_SCENARIO)
                        .placeholder(plainText("Choose a scenario")).options(options)))))));
    }
}
