package org.practicum.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.practicum.app.Main;
import org.practicum.app.Practicum;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.config.ConfigException;
import org.practicum.core.config.Settings;
import org.practicum.core.scenario.ScenarioCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code practicum eval feedback FILE [--json]}: the engine's offline analysis (rules and trained heads,
 * as the settings choose them) on expert-judged cases; a per-kind table, the ids of the cases it got
 * wrong, and last {@code feedback precision=P recall=R clean=C n=N}. With {@code --json}, one line per
 * case instead: {@code {"id", "expect", "flagged"}}.
 */
@Command(name = "feedback", description = {"Run the trainee-reply analysis on expert-judged cases (JSON Lines: id, history,",
        "reply, expect) and score its flags: feedback precision=P recall=R clean=C n=N"})
public final class EvalFeedbackCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "FILE", description = "Cases, one JSON object a line.")
    Path file;

    @Option(names = "--json", description = "Print one JSON line per case (id, expect, flagged) instead of the scores.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        List<FeedbackCase> cases;
        try {
            cases = FeedbackCaseFile.read(file);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("practicum: " + e.getMessage());
            return Main.USAGE;
        }
        Settings settings = Practicum.settings(main.configDir(), main.env());
        ScenarioCatalog scenarios = Practicum.scenarios(main.configDir(), settings);
        Practicum.OfflineAnalysis analysis = Practicum.offlineAnalysis(settings);
        CaseReplay replay = new CaseReplay(analysis.analyzer(), analysis.cues(), scenarios.all().get(0));
        FeedbackScore score = new FeedbackScore();
        for (FeedbackCase c : cases) {
            Set<String> flagged = new LinkedHashSet<>();
            replay.analyse(c).flags().stream().map(Flag::kind).map(FlagKind::id).forEach(flagged::add);
            if (json) {
                out.println(line(c, flagged));
            } else {
                score.add(c.id(), c.expect(), flagged);
            }
        }
        if (!json) {
            score.print(out);
        }
        out.flush();
        return 0;
    }

    private static String line(FeedbackCase c, Set<String> flagged) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", c.id());
        c.expect().stream().sorted().forEach(node.putArray("expect")::add);
        flagged.stream().sorted().forEach(node.putArray("flagged")::add);
        return node.toString();
    }
}
