package org.practicum.discord;

import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.SessionMode;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.session.StartRequest;

/**
 * {@code /practice start}: a private thread for one trainee, or a public one for a facilitator's group
 * session; then the scenario card with the consent note, and the client's opening.
 */
final class StartCommand {

    private final Practice practice;

    StartCommand(Practice practice) {
        this.practice = practice;
    }

    /** Checks that answer at once, on JDA's thread; empty when the slow part may go ahead. */
    Optional<String> refusal(SlashCommandInteractionEvent event) {
        String id = scenarioId(event);
        if (id.isEmpty()) {
            return Optional.of("Pick a scenario as you type (see `/practice scenarios`); trainees in a cohort get "
                    + "their next assigned one without naming it.");
        }
        if (practice.engine().scenarios().find(id).isEmpty()) {
            return Optional.of("I don't know the scenario `" + id + "`. Pick one from the list as you type, or see "
                    + "`/practice scenarios`.");
        }
        if (event.getChannelType() != ChannelType.TEXT) {
            return Optional.of("Use `/practice start` in a text channel (not inside a thread): I open a new thread there.");
        }
        if (group(event) && !practice.access().isFacilitator(event.getMember())) {
            return Optional.of("Only facilitators can start group sessions (the `" + practice.settings().facilitatorRole()
                    + "` role or the Manage Threads permission). Without `group` you get a private session.");
        }
        return Optional.empty();
    }

    /** Runs after the reply was deferred (ephemeral), so it may take longer than Discord's 3 seconds. */
    void run(SlashCommandInteractionEvent event) {
        Scenario scenario = practice.engine().scenarios().find(scenarioId(event)).orElseThrow();
        boolean group = group(event);
        Participant owner = Access.participant(event.getUser(), event.getMember());
        TextChannel parent = event.getChannel().asTextChannel();
        var action = parent.createThreadChannel(threadName(scenario, owner, group), !group)
                .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.fromKey(practice.settings().threadArchiveMinutes()));
        if (!group) {
            action.setInvitable(false);
        }
        ThreadChannel thread = action.complete();
        thread.addThreadMember(event.getUser()).complete();
        SessionMode mode = group ? SessionMode.GROUP : SessionMode.PRIVATE;
        SessionUpdate opening;
        try {
            opening = practice.engine().start(new StartRequest(scenario.id(), owner,
                    new SessionOrigin(Practice.PLATFORM, parent.getGuild().getId(), parent.getId(), thread.getId()),
                    mode, null));
        } catch (PracticeException e) {
            thread.delete().queue();
            event.getHook().sendMessage(Texts.refusal(e)).queue();
            return;
        }
        ActionRow join = group ? ActionRow.of(Button.success(ComponentId.join(opening.sessionId()).encode(),
                Texts.JOIN_LABEL)) : null;
        practice.poster().sendText(thread, Texts.scenarioCard(scenario, mode, event.getUser().getAsMention()), join);
        practice.poster().post(thread, scenario.persona().firstName(), opening, null);
        event.getHook().sendMessage((group ? "Group session ready: " : "Your practice thread is ready: ")
                + thread.getAsMention()).queue();
    }

    /** The scenario named, or else a cohort trainee's next assigned one (empty when neither). */
    private String scenarioId(SlashCommandInteractionEvent event) {
        String typed = event.getOption(PracticeCommands.SCENARIO_OPTION, "", OptionMapping::getAsString).strip();
        if (!typed.isEmpty() || practice.programme() == null || group(event)) {
            return typed;
        }
        return practice.programme().cohorts().nextScenarioFor(Access.participant(event.getUser(), event.getMember()))
                .orElse("");
    }

    private static boolean group(SlashCommandInteractionEvent event) {
        return event.getOption(PracticeCommands.GROUP_OPTION, false, OptionMapping::getAsBoolean);
    }

    private static String threadName(Scenario scenario, Participant owner, boolean group) {
        String name = (group ? "Group practice · " : "Practice · ") + scenario.persona().firstName() + " · "
                + owner.displayName();
        return name.length() <= 100 ? name : name.substring(0, 100);
    }
}
