package org.practicum.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's debrief when it ends: the figures from its turns, the model usage, and the chart drawn
 * into {@code chartDir}. Thread-safe.
 */
public final class Debriefs {

    private static final Logger LOG = LoggerFactory.getLogger(Debriefs.class);

    private final PracticeEngine engine;
    private final Path chartDir;
    private final ModelUsageSource modelUsage;
    private final DebriefBuilder builder = new DebriefBuilder();
    private final EmotionChart chart = new EmotionChart();

    public Debriefs(PracticeEngine engine, Path chartDir, ModelUsageSource modelUsage) {
        this.engine = engine;
        this.chartDir = chartDir;
        this.modelUsage = modelUsage;
    }

    /** Ends the session (idempotent) and debriefs it. */
    public Debrief end(String sessionId) {
        return of(engine.end(sessionId));
    }

    /** The debrief that follows a turn with which the client ended the session, if it did. */
    public Optional<Debrief> after(SessionUpdate update) {
        if (!update.endedByClient()) {
            return Optional.empty();
        }
        return engine.find(update.sessionId()).map(this::of);
    }

    /** The debrief of a session as it stands, with its chart drawn (none when drawing fails, which is logged). */
    public Debrief of(Session session) {
        Scenario scenario = engine.scenarios().find(session.scenarioId()).orElseThrow(() -> new PracticeException(
                PracticeException.Reason.UNKNOWN_SCENARIO, "Session " + session.id() + " is of scenario '"
                + session.scenarioId() + "', which is no longer installed."));
        Debrief debrief = builder.build(session, scenario).withModelUsage(modelUsage.usage(session.id()));
        try {
            Path file = chartDir.resolve(session.id() + ".png");
            chart.render(debrief, file);
            return debrief.withChart(file.toAbsolutePath().normalize().toString());
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not draw the chart for session {}: {}", session.id(), e.toString());
            return debrief;
        }
    }
}
