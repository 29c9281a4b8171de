package org.practicum.app.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.practicum.app.Main;
import org.practicum.app.Practicum;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionUpdate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code practicum practice}: a session driven by trainee lines on stdin. */
@Command(name = "practice", description = {"Practise a scenario with trainee lines from stdin.",
        "Lines /retry, /hint, /resume and /end are commands; end of input ends the session with a debrief."})
public final class PracticeCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "ID", description = "Scenario id (see `practicum scenarios`).")
    String scenario;

    @Option(names = "--json", description = "One JSON event per line (see docs/practice-events.schema.json).")
    boolean json;

    @Option(names = "--resume", paramLabel = "SESSION", description = "Continue a session after a stop or crash.")
    String resume;

    @Option(names = "--seed", paramLabel = "N", description = "Fix the client's choices (for repeatable runs).")
    Long seed;

    /** Stdin by default; tests give their own. */
    private final java.io.InputStream input;

    public PracticeCommand() {
        this(System.in);
    }

    public PracticeCommand(java.io.InputStream input) {
        this.input = input;
    }

    @Override
    public Integer call() throws Exception {
        if (scenario == null && resume == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --scenario ID or --resume SESSION");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Practicum practicum = Practicum.openToPractise(main.configDir(), main.env())) {
            PracticeEngine engine = practicum.engine();
            PracticeOutput output = json ? new JsonOutput(out, practicum.emoji()) : new TextOutput(out, practicum.emoji());
            SessionUpdate first;
            try {
                first = resume != null ? engine.resume(resume)
                        : engine.start(scenario, new Participant("terminal", System.getProperty("user.name")),
                        SessionOrigin.terminal(), seed);
            } catch (PracticeException e) {
                output.error(resume, TerminalSteps.refusal(e));
                throw e;
            }
            String scenarioId = engine.find(first.sessionId()).orElseThrow().scenarioId();
            output.introduce(engine.scenarios().find(scenarioId).orElseThrow(), first.sessionId());
            output.update(first);
            BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
            new PracticeLoop(engine, practicum.debriefs(), output).run(first.sessionId(), reader, () -> { });
            return 0;
        }
    }
}
