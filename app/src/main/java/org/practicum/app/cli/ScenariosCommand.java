package org.practicum.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.practicum.app.Main;
import org.practicum.app.Practicum;
import org.practicum.core.config.Settings;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.scenario.ScenarioCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

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
            PrintWriter out = spec.commandLine().getOut();
            for (Scenario s : catalog.all()) {
                out.println("ok      " + s.id());
            }
            catalog.problems().forEach(p -> out.println("invalid " + p.getMessage()));
            out.println(catalog.all().size() + " valid, " + catalog.problems().size() + " invalid");
            out.flush();
            return catalog.problems().isEmpty() && !catalog.all().isEmpty() ? 0 : Main.FAILURE;
        }
    }
}
