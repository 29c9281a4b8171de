package org.practicum.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.practicum.app.Main;
import org.practicum.app.Practicum;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionSummary;
import org.practicum.core.storage.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code practicum sessions}: list stored sessions; {@code export ID} prints JSON; {@code delete ID} erases. */
@Command(name = "sessions", description = "List stored sessions (id, scenario, status, replies, started).",
        subcommands = {SessionsCommand.Export.class, SessionsCommand.Delete.class})
public final class SessionsCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Practicum practicum = Practicum.open(main.configDir(), main.env())) {
            PrintWriter out = spec.commandLine().getOut();
            for (SessionSummary s : practicum.store().list()) {
                out.printf("%-14s %-24s %-7s %3d  %s%n", s.id(), s.scenarioId(), s.status().name().toLowerCase(),
                        s.turns(), s.createdAt());
            }
            out.flush();
            return 0;
        }
    }

    private static PracticeException unknown(String id) {
        return new PracticeException(PracticeException.Reason.NO_SUCH_SESSION,
                "No session '" + id + "'. `practicum sessions` lists them.");
    }

    /** A subcommand about one stored session, named by its id. */
    abstract static class OneSession implements Callable<Integer> {
        @ParentCommand
        SessionsCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "ID")
        String id;

        Practicum open() {
            return Practicum.open(parent.main.configDir(), parent.main.env());
        }
    }

    @Command(name = "export", description = "Print a session with every turn (retried ones included) as JSON.")
    static final class Export extends OneSession {

        @Override
        public Integer call() throws Exception {
            try (Practicum practicum = open()) {
                Session s = practicum.store().load(id).orElseThrow(() -> unknown(id));
                var json = Json.mapper().createObjectNode();
                json.put("id", s.id()).put("scenario", s.scenarioId()).put("status", s.status().name().toLowerCase())
                        .put("platform", s.origin().platform()).put("trainee", s.trainee().displayName())
                        .put("created_at", s.createdAt().toString()).put("seed", s.seed());
                json.set("turns", Json.mapper().valueToTree(s.turns()));
                PrintWriter out = spec.commandLine().getOut();
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "delete", description = "Erase a session and every row that belongs to it.")
    static final class Delete extends OneSession {

        @Override
        public Integer call() {
            try (Practicum practicum = open()) {
                if (!practicum.store().delete(id)) {
                    throw unknown(id);
                }
                spec.commandLine().getOut().println("deleted " + id);
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
