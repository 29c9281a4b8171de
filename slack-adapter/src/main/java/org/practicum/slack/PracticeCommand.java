package org.practicum.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.practicum.core.scenario.ScenarioCatalog;
import org.practicum.core.session.SessionMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /practice start [scenario] [group] | scenarios | end | help}; answers privately, at once. */
final class PracticeCommand {

    static final String NAME = "/practice";
    private static final Logger LOG = LoggerFactory.getLogger(PracticeCommand.class);

    private final SlackPractice practice;
    private final ScenarioCatalog scenarios;
    private final SlackProgramme programme;
    private final PerThreadQueue queue;

    PracticeCommand(SlackPractice practice, ScenarioCatalog scenarios, SlackProgramme programme, PerThreadQueue queue) {
        this.practice = practice;
        this.scenarios = scenarios;
        this.programme = programme;
        this.queue = queue;
    }

    Response handle(SlashCommandRequest request, SlashCommandContext ctx) throws IOException {
        SlashCommandPayload p = request.getPayload();
        String[] words = p.getText() == null ? new String[0] : p.getText().strip().split("\\s+");
        String verb = words.length == 0 ? "" : words[0].toLowerCase(Locale.ROOT);
        if (programme != null && SlackProgramme.handles(verb)) {
            // Reports and exports can take a moment (and a 429 wait): acknowledged at once, answered through
            // the response URL, one person's commands in the order given (an export before a forget-me).
            queue.submit("user:" + p.getUserId(),
                    () -> programme.command(p.getTeamId(), p.getUserId(), words).forEach(m -> respond(ctx, m)));
            return ctx.ack();
        }
        switch (verb) {
            case "start" -> {
                Optional<String> assigned = words.length < 2 && programme != null
                        ? programme.nextScenarioFor(p.getUserId()) : Optional.empty();
                if (assigned.isPresent()) {
                    // A cohort trainee without a scenario named gets their next assigned one.
                    practice.start(p.getTeamId(), p.getChannelId(), p.getUserId(), assigned.get(), SessionMode.PRIVATE,
                            respond(ctx));
                    return ctx.ack();
                }
                if (words.length < 2) {
                    SlackMessage picker = CommandReplies.picker(scenarios);
                    return ctx.ack(r -> r.text(picker.text()).blocks(picker.blocks()));
                }
                String id = words[1].toLowerCase(Locale.ROOT);
                if (scenarios.find(id).isEmpty()) {
                    return ctx.ack("There is no scenario `" + Mrkdwn.escape(id) + "`.\n"
                            + CommandReplies.scenarioList(scenarios));
                }
                boolean group = words.length > 2 && words[2].equalsIgnoreCase("group");
                practice.start(p.getTeamId(), p.getChannelId(), p.getUserId(), id,
                        group ? SessionMode.GROUP : SessionMode.PRIVATE, respond(ctx));
                return ctx.ack();
            }
            case "scenarios" -> {
                return ctx.ack(CommandReplies.scenarioList(scenarios));
            }
            case "end" -> {
                Optional<String> ending = practice.endOpen(p.getChannelId(), p.getUserId());
                return ending.isPresent() ? ctx.ack(CommandReplies.ending(ending.get()))
                        : ctx.ack("You have no open session that you started in this channel. To end another session, "
                        + "press *End session* on its card.");
            }
            default -> {
                return ctx.ack(CommandReplies.help());
            }
        }
    }

    /** Answers the person later through the command's response URL (private, like the ack), with blocks. */
    private static void respond(SlashCommandContext ctx, SlackMessage message) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").text(message.text())
                    .blocks(message.blocks().isEmpty() ? null : message.blocks()));
        } catch (IOException e) {
            LOG.warn("could not answer a /practice command: {}", e.toString());
        }
    }

    /** Answers the person later through the command's response URL (private, like the ack). */
    private static Consumer<String> respond(SlashCommandContext ctx) {
        return text -> {
            try {
                ctx.respond(text);
            } catch (IOException e) {
                LOG.warn("could not answer a /practice command: {}", e.toString());
            }
        };
    }
}
