package org.practicum.app.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.practicum.app.Main;
import org.practicum.app.Practicum;
import org.practicum.app.ThrowAwayPracticum;
import org.practicum.core.config.ConfigException;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.SessionUpdate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code practicum eval client FILE}: probe sessions against the simulated client as it ships (offline,
 * on a throw-away database). One line per probe, then {@code client answered=A/N ended_after_probe=E}.
 */
@Command(name = "client", description = {"Run probe sessions (JSON Lines: scenario, warmup, probe, expect, seed) and",
        "check the client's answer to each probe: client answered=A/N ended_after_probe=E"})
public final class EvalClientCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Probes, one JSON object a line.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        List<Probe> probes;
        try {
            probes = ProbeFile.read(file);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("practicum: " + e.getMessage());
            return Main.USAGE;
        }
        try (ThrowAwayPracticum scratch = ThrowAwayPracticum.open(main.configDir(), main.env(), "eval")) {
            Practicum practicum = scratch.practicum();
            for (Probe p : probes) {
                if (practicum.scenarios().find(p.scenario()).isEmpty()) {
                    spec.commandLine().getErr().println("practicum: " + file + ":" + p.line() + ": unknown scenario '"
                            + p.scenario() + "'");
                    return Main.USAGE;
                }
            }
            int answered = 0;
            int ended = 0;
            for (Probe p : probes) {
                Outcome outcome = run(practicum.engine(), p);
                answered += outcome.answered() ? 1 : 0;
                ended += outcome.endedAfterProbe() ? 1 : 0;
                out.printf(Locale.ROOT, "%-6s %s:%d %s | %s -> %s%n", outcome.answered() ? "ok" : "miss", file.getFileName(),
                        p.line(), p.scenario(), oneLine(p.probe()), oneLine(outcome.reply()));
            }
            out.printf(Locale.ROOT, "client answered=%d/%d ended_after_probe=%d%n", answered, probes.size(), ended);
            out.flush();
            return 0;
        }
    }

    /** What the client said to the probe; "(ended during the warm-up)" if it never got there. */
    private record Outcome(String reply, boolean answered, boolean endedAfterProbe) {
    }

    private static Outcome run(PracticeEngine engine, Probe p) {
        SessionUpdate start = engine.start(p.scenario(), new Participant("probe", "probe"), SessionOrigin.terminal(),
                p.seed());
        String id = start.sessionId();
        for (String line : p.warmup()) {
            if (engine.reply(id, line).status() != SessionStatus.ACTIVE) {
                return new Outcome("(the session stopped during the warm-up)", false, false);
            }
        }
        SessionUpdate answer = engine.reply(id, p.probe());
        if (answer.client() == null) {
            return new Outcome("(no client line: " + answer.status().name().toLowerCase(Locale.ROOT) + ")", false, false);
        }
        String reply = answer.client().text();
        return new Outcome(reply, p.expect().matcher(reply).find(), answer.status() == SessionStatus.ENDED);
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 140 ? flat : flat.substring(0, 139) + "…";
    }

}
