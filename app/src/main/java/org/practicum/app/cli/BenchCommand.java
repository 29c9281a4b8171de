package org.practicum.app.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.practicum.app.Main;
import org.practicum.app.Practicum;
import org.practicum.app.ThrowAwayPracticum;
import org.practicum.core.llm.LlmBench;
import org.practicum.core.report.Debriefs;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.SessionUpdate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine;

/**
 * {@code practicum bench}: full offline turns (analysis, client reply, emotion, suggestions, storage)
 * run one after another over many sessions after a warm-up, and the heap held by idle open sessions.
 * Runs on a throw-away data directory.
 */
@Command(name = "bench", description = "Measure the offline engine on this machine.")
public final class BenchCommand implements Callable<Integer> {

    /** Trainee replies of every kind the engine must handle, good and bad. */
    static final List<String> REPLIES = List.of(
            "It sounds like this has been really heavy for you.",
            "What's been the hardest part?",
            "Have you tried making a study timetable?",
            "That sounds exhausting. It makes sense you feel worn out.",
            "Do you sleep ok?",
            "Is it every night?",
            "At least you have people around you.",
            "When you say that, are you having thoughts of ending your life?",
            "You should talk to your family about it.",
            "It sounds like part of you feels really alone with this.",
            "How are you feeling right now?",
            "I know exactly how you feel, when I was your age I had the same thing.");

    @ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sessions", description = "Measured sessions (default ${DEFAULT-VALUE}).", defaultValue = "200")
    int sessions;

    @Option(names = "--turns", description = "Replies per session (default ${DEFAULT-VALUE}).", defaultValue = "12")
    int turns;

    @Option(names = "--idle", description = "Idle open sessions for the heap figure (default ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    int idle;

    @Option(names = "--llm-latency-ms", paramLabel = "MS",
            description = "Instead: 100 concurrent sessions against a simulated model answering after MS ms.")
    Long llmLatencyMs;

    @Option(names = "--concurrent", description = "Concurrent sessions with --llm-latency-ms (default ${DEFAULT-VALUE}).",
            defaultValue = "100")
    int concurrent;

    @Override
    public Integer call() throws Exception {
        try (ThrowAwayPracticum scratch = ThrowAwayPracticum.open(main.configDir(), main.env(), "bench")) {
            Practicum practicum = scratch.practicum();
            if (llmLatencyMs != null) {
                return benchLlm(practicum);
            }
            PracticeEngine engine = practicum.engine();
            List<Scenario> scenarios = practicum.scenarios().all();
            practicum.warmedUp().join();
            runSessions(engine, practicum.debriefs(), scenarios, Math.max(20, sessions / 5), new Samples());
            Samples samples = new Samples();
            runSessions(engine, practicum.debriefs(), scenarios, sessions, samples);
            long[] measured = samples.sorted(samples.turns);
            long[] endings = samples.sorted(samples.endings);
            double heapMb = idleHeapMb(engine, scenarios);
            spec.commandLine().getErr().printf("bench: %d turns measured over %d sessions; %d more turns ended the "
                            + "session and also built the debrief and drew its chart: p50 %.2f ms, p99 %.2f ms%n",
                    measured.length, sessions, endings.length, percentile(endings, 0.50), percentile(endings, 0.99));
            spec.commandLine().getOut().printf("bench turn_p50_ms=%.2f turn_p99_ms=%.2f sessions=%d heap_mb=%.1f%n",
                    percentile(measured, 0.50), percentile(measured, 0.99), idle, heapMb);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** The engine against a model of fixed latency: the model, not the engine, should set the pace. */
    private int benchLlm(Practicum practicum) throws Exception {
        LlmBench.Result result = LlmBench.run(practicum.configDir().resolve(practicum.settings().string("llm.prompts")),
                practicum.scenarios().all(), practicum.offlineRoles(), practicum.engineParts()::engine, llmLatencyMs,
                concurrent, turns, REPLIES);
        spec.commandLine().getOut().println(result.line());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * Turn times, with the turns that end a session apart: those also build the debrief and draw its
     * chart, which is the debrief's cost, not a turn's.
     */
    private static final class Samples {
        final List<Long> turns = new ArrayList<>();
        final List<Long> endings = new ArrayList<>();

        long[] sorted(List<Long> values) {
            return values.stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    private void runSessions(PracticeEngine engine, Debriefs debriefs, List<Scenario> scenarios, int count,
                             Samples samples) {
        for (int s = 0; s < count; s++) {
            Scenario scenario = scenarios.get(s % scenarios.size());
            SessionUpdate start = engine.start(scenario.id(), new Participant("bench", "bench"),
                    SessionOrigin.terminal(), (long) s);
            String lastClient = start.client().text();
            for (int t = 0; t < turns; t++) {
                String reply = reply(s * 7 + t * 5, lastClient);
                long before = System.nanoTime();
                SessionUpdate update = engine.reply(start.sessionId(), reply);
                boolean ended = debriefs.after(update).isPresent();
                long took = System.nanoTime() - before;
                (ended ? samples.endings : samples.turns).add(took);
                if (update.status() == SessionStatus.ENDED || update.client() == null) {
                    break;
                }
                lastClient = update.client().text();
            }
        }
    }

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /**
     * A reply whose every sentence is new text (as a real trainee's is), so no cache hides the cost of
     * embedding it: each sentence gains a different date ("… since the 14th of March").
     */
    static String reply(int n, String lastClient) {
        String base = REPLIES.get(Math.floorMod(n, REPLIES.size()));
        int day = 1 + Math.floorMod(n * 7 + lastClient.length(), 28);
        String month = MONTHS.get(Math.floorMod(n / 28 + lastClient.length(), MONTHS.size()));
        return base.replaceAll("([.?!])(\\s|$)", " since the " + day + ordinal(day) + " of " + month + "$1$2");
    }

    private static String ordinal(int day) {
        return day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd"
                : day % 10 == 3 && day != 13 ? "rd" : "th";
    }

    private double idleHeapMb(PracticeEngine engine, List<Scenario> scenarios) {
        long baseline = usedAfterGc();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < idle; i++) {
            Scenario scenario = scenarios.get(i % scenarios.size());
            String id = engine.start(scenario.id(), new Participant("idle-" + i, "idle"), SessionOrigin.terminal(),
                    (long) i).sessionId();
            engine.reply(id, REPLIES.get(i % REPLIES.size()));
            open.add(id);
        }
        long used = usedAfterGc();
        // Keep the sessions reachable until after the measurement.
        if (open.size() != idle) {
            throw new IllegalStateException();
        }
        return Math.max(0, used - baseline) / (1024.0 * 1024.0);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

}
