package org.practicum.discord;

import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.scenario.ScenarioCatalog;

/** The one slash command, {@code /practice}, with its subcommands, and the scenario autocomplete. */
final class PracticeCommands {

    static final String NAME = "practice";
    static final String START = "start";
    static final String SCENARIOS = "scenarios";
    static final String END = "end";
    static final String RETRY = "retry";
    static final String RESUME = "resume";
    static final String HELP = "help";
    static final String SCENARIO_OPTION = "scenario";
    static final String GROUP_OPTION = "group";

    /** Discord shows at most 25 autocomplete choices. */
    private static final int MAX_CHOICES = 25;

    private PracticeCommands() {
    }

    static SlashCommandData definition() {
        return Commands.slash(NAME, "Practise a supportive conversation with a simulated person")
                .setContexts(InteractionContextType.GUILD)
                .addSubcommands(
                        new SubcommandData(START, "Start a practice session in a new thread").addOptions(
                                // Optional: a cohort trainee without one gets their next assigned scenario.
                                new OptionData(OptionType.STRING, SCENARIO_OPTION, "Who you will talk with "
                                        + "(in a cohort: your next assigned scenario if left out)", false)
                                        .setAutoComplete(true),
                                new OptionData(OptionType.BOOLEAN, GROUP_OPTION,
                                        "Facilitators: a public group session where trainees join and take turns")),
                        new SubcommandData(SCENARIOS, "List the practice scenarios"),
                        new SubcommandData(END, "End this practice session and see the debrief"),
                        new SubcommandData(RETRY, "Take back your last reply and try another"),
                        new SubcommandData(RESUME, "Continue a paused practice session"),
                        new SubcommandData(HELP, "How practice works here"));
    }

    /** {@code /practice}, with the programme's subcommands and the review message command when there is one. */
    static List<net.dv8tion.jda.api.interactions.commands.build.CommandData> definitions(boolean programme) {
        if (!programme) {
            return List.of(definition());
        }
        return List.of(definition().addSubcommands(ProgrammeCommands.subcommands()), ProgrammeCommands.reviewMenu());
    }

    /** Scenarios whose id or title contains what was typed, shown as "title · difficulty". */
    static List<Command.Choice> choices(ScenarioCatalog catalog, String typed) {
        String query = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return catalog.all().stream()
                .filter(s -> s.id().toLowerCase(Locale.ROOT).contains(query)
                        || s.title().toLowerCase(Locale.ROOT).contains(query))
                .limit(MAX_CHOICES)
                .map(PracticeCommands::choice)
                .toList();
    }

    private static Command.Choice choice(Scenario s) {
        return new Command.Choice(Texts.choiceName(s), s.id());
    }
}
