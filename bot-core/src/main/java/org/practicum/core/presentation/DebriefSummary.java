package org.practicum.core.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.practicum.core.emotion.Trend;
import org.practicum.core.report.Debrief;

/**
 * The debrief's figures, quoting nobody's words: what a chat platform may post in the session's thread
 * (or send the trainee privately), and the head of the terminal's debrief.
 *
 * @param headline the debrief in one line, for a notification: "Debrief: Exam stress. 1 reply."
 * @param hint     how to read the figures
 */
public record DebriefSummary(String title, String headline, List<Figure> figures, String hint) {

    /** One figure: "Replies" and "4 (1 taken back)". */
    public record Figure(String label, String value) {
    }

    public DebriefSummary {
        figures = List.copyOf(figures);
    }

    public static DebriefSummary of(Debrief d) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Replies", d.turns() + (d.retries() > 0 ? " (" + d.retries() + " taken back)" : "")));
        figures.add(new Figure("Reflections : questions", d.reflections() + " : " + d.questions()
                + (d.reflectionToQuestion() == null ? "" : String.format(Locale.ROOT, " (%.1f)", d.reflectionToQuestion()))));
        figures.add(new Figure("Open : closed questions", d.openQuestions() + " : " + d.closedQuestions()));
        figures.add(new Figure("Story shared", d.layersDisclosed() + " of " + d.layersTotal() + " layers"
                + (d.coreReached() ? ", core concern reached" : "")));
        figures.add(new Figure("Suggestions used / edited / ignored", d.uptake().used() + " / " + d.uptake().edited()
                + " / " + d.uptake().ignored()));
        if (d.trust() != null && !d.trust().isEmpty()) {
            figures.add(new Figure("Trust", String.format(Locale.ROOT, "%.2f → %.2f", d.trust().get(0),
                    d.trust().get(d.trust().size() - 1))));
        }
        // Which is which: sadder for what was told took trust; worse was what a reply did.
        turnsWith(d, Trend.OPENED_UP).ifPresent(turns -> figures.add(new Figure("Heavier for what they told you",
                turns + " (that is trust, not harm)")));
        turnsWith(d, Trend.WORSE).ifPresent(turns -> figures.add(new Figure("Worse after your reply", turns)));
        figures.add(new Figure("Notes on replies", Integer.toString(d.flags().size())));
        String title = "Debrief: " + d.scenarioTitle();
        return new DebriefSummary(title, title + ". " + Plural.of(d.turns(), "reply", "replies") + ".", figures,
                hint(d.reflectionToQuestion()));
    }

    /** "turn 5" or "turns 5, 13, 14": where the client's mood moved this way, if anywhere. */
    static Optional<String> turnsWith(Debrief d, Trend trend) {
        List<String> turns = d.emotions().stream().filter(p -> trend.id().equals(p.trend()))
                .map(p -> Integer.toString(p.turn())).toList();
        return turns.isEmpty() ? Optional.empty()
                : Optional.of((turns.size() == 1 ? "turn " : "turns ") + String.join(", ", turns));
    }

    /** The figure trainers coach by (about two reflections a question), said for where this session stood. */
    static String hint(Double reflectionsPerQuestion) {
        if (reflectionsPerQuestion == null || reflectionsPerQuestion < 1) {
            return "Aim for at least one reflection per question; two is good.";
        }
        return reflectionsPerQuestion < 2
                ? "About one reflection per question: aim for two, so the client hears more of themselves than of your questions."
                : "Two or more reflections per question: that is what lets a client open up. Keep it.";
    }
}
