package org.practicum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.practicum.app.Main;
import org.practicum.app.Practicum;
import org.practicum.core.config.ConfigException;
import org.practicum.core.config.Settings;
import org.practicum.core.cue.LexiconCueDetector;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.scenario.ScenarioCatalog;
import org.practicum.core.scenario.StoryCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine;

/** {@code practicum scenarios}: one scenario a line (id, difficulty, title); {@code validate} checks files. */
@Command(name = "scenarios", description = "List the scenarios: id, difficulty, title.",
        subcommands = ScenariosCommand.Validate.class)
public final class ScenariosCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Settings settings = Practicum.settings(main.configDir(), main.env());
        ScenarioCatalog catalog = Practicum.scenarios(main.configDir(), settings);
        PrintWriter out = spec.commandLine().getOut();
        for (Scenario s : catalog.all()) {
            out.printf("%-24s %-13s %s%n", s.id(), s.difficulty().id(), s.title());
        }
        out.flush();
        return 0;
    }

    /** {@code practicum scenarios validate [DIR]}: every file checked, each problem with file and line. */
    @Command(name = "validate", description = "Check scenario files; print each problem as file:line: problem.")
    static final class Validate implements Callable<Integer> {

        @ParentCommand
        ScenariosCommand parent;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "Directory to check (default: the configured one).")
        Path dir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path target = dir;
            if (target == null) {
                Settings settings = Practicum.settings(parent.main.configDir(), parent.main.env());
                target = parent.main.configDir().resolve(settings.string("files.scenarios"));
            }
            ScenarioCatalog catalog = ScenarioCatalog.load(target);
            Settings settings = Practicum.settings(parent.main.configDir(), parent.main.env());
            StoryCheck story = new StoryCheck(new LexiconCueDetector());
            PrintWriter out = spec.commandLine().getOut();
            int clean = 0;
            int findings = 0;
            for (Scenario s : catalog.all()) {
                List<ConfigException> problems = story.check(s);
                if (problems.isEmpty()) {
                    out.println("ok      " + s.id());
                    clean++;
                }
                problems.forEach(p -> out.println("story   " + p.getMessage()));
                findings += problems.size();
            }
            catalog.problems().forEach(p -> out.println("invalid " + p.getMessage()));
            out.println(clean + " valid, " + (catalog.all().size() - clean + catalog.problems().size()) + " invalid ("
                    + catalog.problems().size() + " unreadable, " + findings + " story problems)");
            out.flush();
            return catalog.problems().isEmpty() && findings == 0 && !catalog.all().isEmpty() ? 0 : Main.FAILURE;
        }
    }
}
