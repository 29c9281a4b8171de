package org.practicum.app.eval;

import java.util.ArrayList;
import java.util.List;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.AnalysisContext;
import org.practicum.core.analysis.ConversationFacts;
import org.practicum.core.analysis.ResponseAnalyzer;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.cue.DistressCueDetector;
import org.practicum.core.scenario.Scenario;

/**
 * Runs the engine's analyser over a case as a session would: each earlier trainee reply is analysed in
 * turn to build the progress the engine keeps (reflections, the run of closed questions), client text
 * is read for cues as the engine reads unscripted text, and the reply under test is analysed last.
 * A case names no scenario, so the core concern counts as not yet out.
 */
final class CaseReplay {

    private final ResponseAnalyzer analyzer;
    private final DistressCueDetector cues;
    private final Scenario scenario;

    /** @param scenario any scenario: the offline analyser reads only the conversation */
    CaseReplay(ResponseAnalyzer analyzer, DistressCueDetector cues, Scenario scenario) {
        this.analyzer = analyzer;
        this.cues = cues;
        this.scenario = scenario;
    }

    Analysis analyse(FeedbackCase c) {
        List<TranscriptEntry> transcript = new ArrayList<>();
        Progress progress = new Progress(0, 0);
        String lastClient = "";
        int turn = 0;
        for (FeedbackCase.Turn t : c.history()) {
            if (t.client()) {
                lastClient = t.text();
                transcript.add(new TranscriptEntry(TranscriptEntry.Speaker.CLIENT, turn, t.text()));
            } else {
                turn++;
                progress = progress.after(analyzer.analyze(context(c, progress, lastClient, transcript, turn), t.text()));
                transcript.add(new TranscriptEntry(TranscriptEntry.Speaker.TRAINEE, turn, t.text()));
            }
        }
        return analyzer.analyze(context(c, progress, lastClient, transcript, turn + 1), c.reply());
    }

    private AnalysisContext context(FeedbackCase c, Progress progress, String clientText,
                                    List<TranscriptEntry> transcript, int turn) {
        List<DistressCue> found = cues.highRisk(clientText);
        ConversationFacts facts = new ConversationFacts(1, 0, false, false, progress.reflections(),
                progress.closedStreak(), found.stream().map(DistressCue::kind).toList());
        return new AnalysisContext("eval-" + c.id(), scenario, facts, clientText, found, transcript, turn);
    }

    /** What the engine's client state counts of the trainee's replies (as ClientPolicy updates it). */
    private record Progress(int reflections, int closedStreak) {
        Progress after(Analysis a) {
            return new Progress(reflections + (a.reflects() ? 1 : 0), a.closedRunAfter(closedStreak));
        }
    }
}
