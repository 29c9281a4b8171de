package org.practicum.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.practicum.core.markup.Markup;
import org.practicum.core.review.FlagAgreement;

/**
 * A cohort's progress for its facilitators: per trainee, each session in time order with the skills
 * that matter most (reflection:question ratio, flags, missed cues, premature advice); the cues the
 * cohort misses most, with examples; and how reviewers judged the automatic flags, per kind. Worded
 * here once: {@link #render} lays it out as one text, and a platform with richer layouts builds its own
 * from the same pieces ({@link #title}, {@link #sessionLine}, {@link #table}).
 */
public record CohortReport(String cohortId, String cohortName, List<TraineeProgress> trainees,
                           List<MissedCue> commonMissedCues, List<FlagAgreement> agreement, String chart) {

    public static final String MISSED_CUES = "Most often missed cues";
    public static final String AGREEMENT = "Reviewer agreement with automatic flags";
    public static final String NO_MISSED_CUES = "none";
    public static final String NO_VERDICTS = "No reviewer has judged a flag yet.";

    /** One trainee's sessions, oldest first. */
    public record TraineeProgress(String traineeId, String traineeName, List<SessionSkills> sessions) {

        /** "2 sessions" */
        public String sessionCount() {
            return sessions.size() + (sessions.size() == 1 ? " session" : " sessions");
        }
    }

    /** What one trainee did in one session (only their own turns in a group session). */
    public record SessionSkills(String sessionId, String scenarioId, Instant at, int turns, int reflections,
                                int questions, Double reflectionToQuestion, int flags, int missedCues,
                                int prematureAdvice) {
        public double flagsPerTurn() {
            return turns == 0 ? 0 : flags / (double) turns;
        }
    }

    /** A kind of distress cue the cohort moved past, how often, and what was said. */
    public record MissedCue(String cueKind, String description, int count, List<Example> examples) {
    }

    /** The client's cue and the trainee's reply that missed it. */
    public record Example(String traineeId, String traineeName, String clientSaid, String traineeReplied) {
    }

    public CohortReport withChart(String path) {
        return new CohortReport(cohortId, cohortName, trainees, commonMissedCues, agreement, path);
    }

    public String title() {
        return "Cohort report: " + cohortName;
    }

    /** "exam-stress: 3 turns, reflection:question 0.50, 1 flag, 0 missed cues, 1 premature advice" */
    public static String sessionLine(SessionSkills s) {
        return String.format(Locale.ROOT, "%s: %d turn%s, reflection:question %s, %d flag%s, %d missed cue%s, "
                        + "%d premature advice", s.scenarioId(), s.turns(), s.turns() == 1 ? "" : "s",
                s.reflectionToQuestion() == null ? "n/a" : String.format(Locale.ROOT, "%.2f", s.reflectionToQuestion()),
                s.flags(), s.flags() == 1 ? "" : "s", s.missedCues(), s.missedCues() == 1 ? "" : "s", s.prematureAdvice());
    }

    /** "panic: 2" */
    public static String cueLine(MissedCue m) {
        return m.description() + ": " + m.count();
    }

    /** "client: “…” → Ana: “…”", with {@code trainee} as the platform names them. */
    public static String exampleLine(Example e, Markup markup, String trainee) {
        return "client: “" + markup.escape(e.clientSaid()) + "” → " + trainee + ": “" + markup.escape(e.traineeReplied())
                + "”";
    }

    public AgreementTable table() {
        return AgreementTable.of(agreement);
    }

    /** The report as one text, trainees by name, marked up for where it is read. */
    public String render(Markup markup) {
        StringBuilder sb = new StringBuilder(markup.bold(title())).append('\n');
        for (TraineeProgress t : trainees) {
            sb.append('\n').append(markup.bold(markup.escape(t.traineeName()))).append(" — ").append(t.sessionCount()).append('\n');
            int n = 1;
            for (SessionSkills s : t.sessions()) {
                sb.append("  ").append(n++).append(". ").append(sessionLine(s)).append('\n');
            }
        }
        sb.append('\n').append(markup.bold(MISSED_CUES)).append('\n');
        if (commonMissedCues.isEmpty()) {
            sb.append("  ").append(NO_MISSED_CUES).append('\n');
        }
        for (MissedCue m : commonMissedCues) {
            sb.append("  ").append(cueLine(m)).append('\n');
            for (Example e : m.examples()) {
                sb.append("    ").append(exampleLine(e, markup, markup.escape(e.traineeName()))).append('\n');
            }
        }
        sb.append('\n').append(markup.bold(AGREEMENT)).append('\n');
        AgreementTable table = table();
        if (table.isEmpty()) {
            sb.append(NO_VERDICTS).append('\n');
        } else {
            sb.append(markup.preformatted(table.aligned())).append('\n').append(AgreementTable.KEY).append('\n');
        }
        return sb.toString();
    }

    /** The report as plain text. */
    public String text() {
        return render(Markup.PLAIN);
    }
}
