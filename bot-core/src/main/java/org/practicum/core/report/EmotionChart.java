package org.practicum.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws the client's valence, arousal and trust per turn, with the emotion category at each point, as a PNG. */
public final class EmotionChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 450;

    public Path render(Debrief debrief, Path file) throws IOException {
        XYSeries valence = new XYSeries("valence");
        XYSeries arousal = new XYSeries("arousal");
        XYSeries trust = new XYSeries("trust");
        for (Debrief.EmotionPoint p : debrief.emotions()) {
            valence.add(p.turn(), p.valence());
            arousal.add(p.turn(), p.arousal());
        }
        for (int i = 0; i < debrief.trust().size() && i < debrief.emotions().size(); i++) {
            trust.add(debrief.emotions().get(i).turn(), debrief.trust().get(i));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(valence);
        data.addSeries(arousal);
        data.addSeries(trust);

        NumberAxis turns = new NumberAxis("turn");
        turns.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // Half a turn either side, so the labels of the first and last points are not cut off.
        int lastTurn = debrief.emotions().stream().mapToInt(Debrief.EmotionPoint::turn).max().orElse(0);
        turns.setRange(-0.5, Math.max(1, lastTurn) + 0.5);
        NumberAxis values = new NumberAxis("value");
        values.setRange(-1.1, 1.1);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, new Color(0x1f77b4));
        renderer.setSeriesPaint(1, new Color(0xff7f0e));
        renderer.setSeriesPaint(2, new Color(0x2ca02c));
        renderer.setSeriesStroke(2, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        XYPlot plot = new XYPlot(data, turns, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        for (Debrief.EmotionPoint p : debrief.emotions()) {
            XYTextAnnotation label = new XYTextAnnotation(p.category(), p.turn(), Math.min(1.0, p.valence() + 0.12));
            label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            plot.addAnnotation(label);
        }
        JFreeChart chart = new JFreeChart("Client emotion and trust: " + debrief.scenarioTitle(),
                new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
        return file;
    }
}
