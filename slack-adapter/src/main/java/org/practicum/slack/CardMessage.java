package org.practicum.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practicum.core.presentation.PublicDebrief;
import org.practicum.core.scenario.Persona;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.SessionMode;

/**
 * The scenario card posted in the channel: the session lives in its thread. Its buttons carry no
 * session id (the session does not exist yet when the card is posted); they are resolved from the
 * card's own ts, which is the thread. When the session ends the card is replaced by one that says so,
 * links the debrief and has no buttons (Slack cannot grey a button out).
 */
final class CardMessage {

    private CardMessage() {
    }

    static SlackMessage of(Scenario scenario, String ownerId, SessionMode mode) {
        List<BlockElement> buttons = new ArrayList<>();
        if (mode == SessionMode.GROUP) {
            buttons.add(button(b -> b.actionId(ActionIds.JOIN).text(plainText(SlackSteps.JOIN_LABEL)).value("")));
        }
        buttons.add(button(b -> b.actionId(ActionIds.END).text(plainText(SlackSteps.END_LABEL)).style("danger").value("")));
        List<LayoutBlock> blocks = new ArrayList<>(about(scenario, ownerId, mode));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "A simulated client for practice, not a real person. Reply in the thread.")))));
        blocks.add(actions(a -> a.elements(buttons)));
        return new SlackMessage("Practice session: " + scenario.title() + " (reply in the thread)", blocks);
    }

    /** The card of an ended session; {@code debriefLink} is the debrief's permalink when Slack gave one. */
    static SlackMessage ended(Scenario scenario, String ownerId, SessionMode mode, Optional<String> debriefLink) {
        List<LayoutBlock> blocks = new ArrayList<>(about(scenario, ownerId, mode));
        String debrief = debriefLink.map(link -> "<" + link + "|Read the debrief> in the thread.")
                .orElse("The debrief is in the thread.");
        blocks.add(section(s -> s.text(markdownText(":checkered_flag: *" + PublicDebrief.ENDED + "* " + debrief))));
        return new SlackMessage("Practice session ended: " + scenario.title(), blocks);
    }

    private static List<LayoutBlock> about(Scenario scenario, String ownerId, SessionMode mode) {
        Persona persona = scenario.persona();
        StringBuilder about = new StringBuilder()
                .append("*Client:* ").append(Mrkdwn.escape(persona.name())).append(", ").append(persona.age())
                .append(" (").append(Mrkdwn.escape(persona.pronouns())).append(")\n")
                .append("*Difficulty:* ").append(scenario.difficulty().id());
        if (!scenario.contentWarnings().isEmpty()) {
            about.append("\n*Content warnings:* ").append(Mrkdwn.escape(String.join(", ", scenario.contentWarnings())));
        }
        String who = mode == SessionMode.PRIVATE
                ? "*Trainee:* " + Mrkdwn.mention(ownerId) + ". Only they reply to " + persona.firstName()
                        + " in this thread; suggestions and feedback reach them privately."
                : "*Group session* run by " + Mrkdwn.mention(ownerId) + ". Press *Join* to take turns replying to "
                        + persona.firstName() + " in this thread; everyone else observes.";
        return List.of(
                header(h -> h.text(plainText(clip("Practice: " + scenario.title(), 150)))),
                section(s -> s.text(markdownText(about.toString()))),
                section(s -> s.text(markdownText(who))));
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
