package org.practicum.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The cohort report as a PNG: one panel per skill (reflection:question ratio, flags per turn, missed
 * cues, premature advice), one line per trainee, session by session.
 */
public final class CohortChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 900;

    private interface Measure {
        Double of(CohortReport.SessionSkills s);
    }

    public Path render(CohortReport report, Path file) throws IOException {
        NumberAxis sessions = new NumberAxis("Session");
        sessions.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(sessions);
        plot.add(panel(report, "Reflection:question", CohortReport.SessionSkills::reflectionToQuestion));
        plot.add(panel(report, "Flags per turn", CohortReport.SessionSkills::flagsPerTurn));
        plot.add(panel(report, "Missed cues", s -> (double) s.missedCues()));
        plot.add(panel(report, "Premature advice", s -> (double) s.prematureAdvice()));
        JFreeChart chart = new JFreeChart(report.cohortName() + ": skills over time", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        return file;
    }

    private static XYPlot panel(CohortReport report, String label, Measure measure) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (CohortReport.TraineeProgress t : report.trainees()) {
            XYSeries series = new XYSeries(t.traineeName() + " (" + label + ")", false, true);
            int n = 1;
            for (CohortReport.SessionSkills s : t.sessions()) {
                Double v = measure.of(s);
                if (v != null) {
                    series.add(n, v);
                }
                n++;
            }
            data.addSeries(series);
        }
        XYPlot plot = new XYPlot(data, null, new NumberAxis(label), new XYLineAndShapeRenderer(true, true));
        return plot;
    }
}
